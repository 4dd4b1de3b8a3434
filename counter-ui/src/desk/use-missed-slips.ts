/**
 * Today's tickets that have no paper slip (print.missedSlips), asked again whenever the hall reports a
 * printer change or a failed slip, and after a reprint — so the list on the desk follows the printers.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../../protocol/client/hall-stream';
import type { MissedSlipView } from '../../../protocol/views';
import { outcomeOf } from '../../../ui-kit/command-outcome';

export function useMissedSlips(stream: HallStream, online: boolean): { slips: MissedSlipView[]; refresh(): void } {
  const [slips, setSlips] = useState<MissedSlipView[]>([]);
  const refresh = useCallback(() => {
    void outcomeOf(stream.send('print.missedSlips', {})).then((outcome) => {
      if (outcome.kind === 'ok') setSlips(outcome.data.slips);
    });
  }, [stream]);
  useEffect(() => {
    if (online) refresh();
  }, [online, refresh]);
  useEffect(
    () =>
      stream.onEvent((event) => {
        if (event.alert || event.printers) refresh();
      }),
    [stream, refresh],
  );
  return { slips, refresh };
}
