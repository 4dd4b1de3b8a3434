/** Centres (中心): #/centres (list), #/centres/new, #/centres/<id>. */
import type { ScreenProps } from '../screen';
import { CentreList } from './CentreList';
import { CentreForm } from './CentreForm';
import '../structure/structure.css';

export function CentresScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <CentreForm />;
  if (first !== undefined) return <CentreForm key={first} id={first} />;
  return <CentreList />;
}
