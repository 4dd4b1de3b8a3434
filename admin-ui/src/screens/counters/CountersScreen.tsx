/** Counters (窗口): #/counters (list), #/counters/new, #/counters/<number>. */
import type { ScreenProps } from '../screen';
import { CounterList } from './CounterList';
import { CounterCreate } from './CounterCreate';
import { CounterEdit } from './CounterEdit';
import '../structure/structure.css';

export function CountersScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <CounterCreate />;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <CounterEdit key={id} id={id} />;
  return <CounterList />;
}
