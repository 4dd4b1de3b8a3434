/** Printers: #/printers (list with live state), #/printers/new, #/printers/<id>. */
import type { ScreenProps } from '../screen';
import { PrinterList } from './PrinterList';
import { PrinterCreate } from './PrinterCreate';
import { PrinterEdit } from './PrinterEdit';

export function PrintersScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <PrinterCreate />;
  if (first !== undefined) return <PrinterEdit key={first} id={first} />;
  return <PrinterList />;
}
