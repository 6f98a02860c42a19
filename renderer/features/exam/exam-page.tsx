import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { VisitScreen } from './visit-screen';
import { Worklist } from './worklist';

/** Khám bệnh: the worklist, or one visit when the URL names it (?visit=12). */
export default function ExamPage() {
  const [params, setParams] = useSearchParams();
  const visitId = Number(params.get('visit'));
  const open = useCallback((id: number) => setParams({ visit: String(id) }), [setParams]);
  const back = () => setParams({});
  if (Number.isSafeInteger(visitId) && visitId > 0) {
    return <VisitScreen key={visitId} visitId={visitId} onBack={back} onOpen={open} />;
  }
  return <Worklist onOpen={open} />;
}
