/** Notices (公告): #/notices (list), #/notices/new, #/notices/<id>. */
import type { ScreenProps } from '../screen';
import { NoticeList } from './NoticeList';
import { NoticeForm } from './NoticeForm';

export function NoticesScreen(props: ScreenProps) {
  const [first] = props.path;
  if (first === 'new') return <NoticeForm id={null} />;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <NoticeForm key={id} id={id} />;
  return <NoticeList />;
}
