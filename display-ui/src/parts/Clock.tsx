import { formatDate, formatTime } from '../../../ui-kit/use-clock';

export function Clock(props: { now: number; timezone: string }) {
  return (
    <div class="clock">
      <span class="clock-time">{formatTime(props.now, props.timezone)}</span>
      <span class="clock-date">{formatDate(props.now, props.timezone)}</span>
    </div>
  );
}
