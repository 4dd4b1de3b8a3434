import { useRef } from 'preact/hooks';
import type { HallSnapshot, TicketDetail } from '../../../protocol/views';
import { findService } from '../../../ui-kit/hall-queries';
import { Text } from '../../../ui-kit/i18n';
import { useDialogKeys } from './dialog-keys';
import { DeskDialog } from './DeskDialog';

/**
 * 恢复办理 by keyboard when more than one ticket is held: the held tickets numbered 1, 2, …; arrows or
 * the number choose, Enter resumes, Escape cancels. (With one held ticket the key resumes it at once.)
 */
export function ResumeDialog(props: {
  held: TicketDetail[];
  snapshot: HallSnapshot;
  onResume: (ticketId: number) => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  useDialogKeys(dialog, props.onCancel);
  return (
    <DeskDialog id="resume" title={<Text k="desk.resume.title" />} leave="cancel" onLeave={props.onCancel} narrow dialogRef={dialog}
      hint={<Text k="desk.dialog.pickHint" />}>
      <div class="resume-options">
        {props.held.map((ticket, index) => (
          <button
            type="button"
            key={ticket.id}
            class="option-button resume-option"
            data-choice
            data-number={String(index + 1)}
            data-testid={`resume-pick-${ticket.number}`}
            onClick={() => props.onResume(ticket.id)}
          >
            <kbd class="action-key" aria-hidden="true">{index + 1}</kbd>
            <span class="row-number">{ticket.number}</span>
            <span>{findService(props.snapshot, ticket.serviceId)?.name ?? ticket.serviceId}</span>
          </button>
        ))}
      </div>
    </DeskDialog>
  );
}
