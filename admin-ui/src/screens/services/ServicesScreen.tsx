/** Services (事项): #/services (list), #/services/new, #/services/<id> (with its hours and limits). */
import type { ScreenProps } from '../screen';
import { ServiceList } from './ServiceList';
import { ServiceCreate } from './ServiceCreate';
import { ServiceEdit } from './ServiceEdit';
import '../structure/structure.css';

export function ServicesScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <ServiceCreate />;
  if (first !== undefined) return <ServiceEdit key={first} id={first} />;
  return <ServiceList />;
}
