/** 差评与投诉: #/cases (the follow-up cases) and #/cases/<id> (one case, worked step by step). */
import type { ScreenProps } from '../screen';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import './cases.css';

export function CasesScreen(props: ScreenProps) {
  const [first] = props.path;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <CasePage key={id} id={id} />;
  return <CaseList />;
}
