import { useEffect, useState } from 'preact/hooks';
import type { ConnectionStatus } from '../../protocol/client/hall-stream';
import { tr } from '../../protocol/catalog/ui-lookup';
import { Text } from '../i18n';
import { useNow } from '../use-clock';
import { elapsedText, SAY_WHAT_TO_CHECK_AFTER_MS } from './offline-since';

/**
 * While the server cannot be reached: that the device is reconnecting, for how long it has had no
 * contact, and after a while what to check. Shows nothing while online, so a device never says only
 * "reconnecting" without end.
 */
export function OfflineSince(props: { status: ConnectionStatus; class?: string }) {
  const since = useOfflineSince(props.status);
  const now = useNow(1000);
  if (since === null) return null;
  const elapsed = now - since;
  const { k, vars } = elapsedText(elapsed);
  return (
    <div class={`offline-since ${props.class ?? ''}`} role="status" data-testid="offline-since">
      <p class="offline-since-head">
        <span aria-hidden="true">⟳ </span>
        <Text k="setup.offline" bilingual />
      </p>
      <p class="offline-since-time" data-testid="offline-since-time">
        <Text k="setup.offline.since" varsOf={(lang) => ({ time: tr(k, lang, vars) })} bilingual />
      </p>
      {elapsed >= SAY_WHAT_TO_CHECK_AFTER_MS ? (
        <p class="offline-since-fix">
          <Text k="setup.offline.fix" bilingual />
        </p>
      ) : null}
    </div>
  );
}

/**
 * When the device lost its server, or null while online. A page that is still making its first
 * connection is not offline yet; once lost, the moment stands through the reconnect until the hall is
 * back on screen.
 */
function useOfflineSince(status: ConnectionStatus): number | null {
  const [since, setSince] = useState<number | null>(null);
  useEffect(() => {
    if (status === 'online') setSince(null);
    else if (status === 'offline') setSince((at) => at ?? Date.now());
  }, [status]);
  return status === 'online' ? null : since;
}
