/**
 * The alerts, newest first: what happened and when, whether it still lasts or has cleared, and who
 * acknowledged it when; those nobody acknowledged yet carry a 确认 button.
 */
import { useState } from 'preact/hooks';
import type { SupervisionAlert } from '../../../../protocol/supervision';
import type { SupervisionFeed } from '../../../../protocol/client/supervision-feed';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import type { ErrorCode } from '../../../../protocol/errors';
import { alertText } from './alert-text';
import { useHallTime } from './use-supervision';

export function AlertPanel(props: { feed: SupervisionFeed; alerts: SupervisionAlert[] }) {
  const { t } = useLang();
  const time = useHallTime();
  const [busy, setBusy] = useState<number | null>(null);
  const [refused, setRefused] = useState<ErrorCode | null>(null);

  const ack = async (id: number): Promise<void> => {
    setBusy(id);
    setRefused(null);
    try {
      const result = await props.feed.ack(id);
      if (!result.ok) setRefused(result.error.code);
    } catch {
      setRefused('INTERNAL');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="alert-panel" data-testid="alert-panel" aria-labelledby="alerts-title">
      <h2 id="alerts-title"><Text k="admin.supervision.alerts" /></h2>
      {refused ? <ErrorNote code={refused} /> : null}
      {props.alerts.length === 0 ? <p class="muted"><Text k="admin.supervision.noAlerts" /></p> : (
        <ul class="alert-list">
          {props.alerts.map((a) => (
            <li key={a.id} class={`alert-item${a.acknowledgedAt === null ? ' unacked' : ''}${a.clearedAt === null ? ' ongoing' : ''}`}
              data-testid={`alert-${a.id}`} data-kind={a.kind}>
              <span class="alert-kind">{a.acknowledgedAt === null ? '⚠ ' : ''}<Text k={`admin.supervision.alert.kind.${a.kind}`} /></span>
              <span class="alert-text">{alertText(a, t, time)}</span>
              <span class="alert-when">
                {t('admin.supervision.alert.raised', { time: time(a.raisedAt) })}
                {' · '}
                {a.clearedAt === null ? <Text k="admin.supervision.alert.ongoing" /> : t('admin.supervision.alert.cleared', { time: time(a.clearedAt) })}
              </span>
              <span class="alert-ack">
                {a.acknowledgedAt === null ? (
                  <button type="button" class="primary-button" data-testid={`ack-${a.id}`} disabled={busy === a.id} onClick={() => void ack(a.id)}>
                    <Text k="admin.supervision.alert.ack" />
                  </button>
                ) : (
                  <span data-testid={`acked-${a.id}`}>
                    {t('admin.supervision.alert.acked', { name: a.acknowledgedBy ?? '', time: time(a.acknowledgedAt) })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
