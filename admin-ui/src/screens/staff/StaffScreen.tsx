/** Staff accounts: #/staff (list), #/staff/new, #/staff/<id>. */
import type { ScreenProps } from '../screen';
import { StaffList } from './StaffList';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';

export function StaffScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <StaffCreate />;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <StaffEdit key={id} id={id} />;
  return <StaffList />;
}
