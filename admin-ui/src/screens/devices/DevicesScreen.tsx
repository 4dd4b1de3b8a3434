/** Devices (kiosks, displays, rating pads): #/devices (list), #/devices/new, #/devices/<id>. */
import type { ScreenProps } from '../screen';
import { DeviceList } from './DeviceList';
import { DeviceCreate } from './DeviceCreate';
import { DeviceEdit } from './DeviceEdit';

export function DevicesScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <DeviceCreate />;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <DeviceEdit key={id} id={id} />;
  return <DeviceList />;
}
