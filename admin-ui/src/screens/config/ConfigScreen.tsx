/**
 * The whole configuration as one file: an admin exports it (a download), and imports one into this hall
 * after confirming. An import is checked whole by the server and applied at once or not at all; a
 * refusal lists every fault by its place in the file, and new accounts' one-time passwords are shown once.
 */
import { useState } from 'preact/hooks';
import type { ConfigImported } from '../../../../protocol/config-file';
import type { ErrorCode, Problem } from '../../../../protocol/errors';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { httpCommand } from '../../kit/http-command';
import { reasonText, SECTION_NAMES } from './problem-text';

type Picked = { name: string; file: unknown };
type ImportState =
  | { kind: 'idle' }
  | { kind: 'unreadable' }
  | { kind: 'confirming'; picked: Picked }
  | { kind: 'sending' }
  | { kind: 'done'; imported: ConfigImported }
  | { kind: 'refused'; code: ErrorCode; problems: Problem[] }
  | { kind: 'unanswered' };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function ExportPart() {
  const { token } = useConsole();
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  async function exportNow(): Promise<void> {
    const outcome = await httpCommand('config.export', token, 'GET', '/api/admin/config');
    if (outcome.kind !== 'ok') {
      setFailed(true);
      return;
    }
    const name = `hall-config-${new Date(outcome.data.exportedAt ?? Date.now()).toISOString().slice(0, 10)}.json`;
    download(name, JSON.stringify(outcome.data, null, 2));
    setFailed(false);
    setSaved(name);
  }
  return (
    <section class="config-part" data-testid="config-export">
      <h2><Text k="admin.config.exportTitle" /></h2>
      <p class="config-hint"><Text k="admin.config.exportHint" /></p>
      <button type="button" class="primary-button" data-testid="config-export-button" onClick={() => void exportNow()}>
        <Text k="admin.config.export" />
      </button>
      {saved ? <p class="ok-note" role="status" data-testid="config-exported"><Text k="admin.config.exported" vars={{ file: saved }} /></p> : null}
      {failed ? <p class="config-error" role="alert"><Text k="error.INTERNAL" /></p> : null}
    </section>
  );
}

function Problems(props: { problems: Problem[] }) {
  const { t } = useLang();
  return (
    <table class="list-table config-problems" data-testid="config-problems">
      <thead>
        <tr><th><Text k="admin.config.problemPath" /></th><th><Text k="admin.config.problemReason" /></th></tr>
      </thead>
      <tbody>
        {props.problems.map((p) => {
          const reason = reasonText(p.reason);
          return (
            <tr key={`${p.path}:${p.reason}`}>
              <td><code>{p.path}</code></td>
              <td>{t(reason.key, reason.vars)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Imported(props: { imported: ConfigImported }) {
  const { t } = useLang();
  const { applied, newAccounts, newDevices } = props.imported;
  return (
    <div role="status" data-testid="config-imported">
      <p class="ok-note"><Text k="admin.config.done" /></p>
      <ul>
        {Object.entries(applied).map(([section, count]) => {
          const name = SECTION_NAMES[section];
          return <li key={section}>{t('admin.config.applied', { section: name ? t(name) : section, count })}</li>;
        })}
      </ul>
      {newAccounts.length > 0 ? (
        <div class="secret-box" data-testid="config-new-accounts">
          <p><Text k="admin.config.newAccounts" /></p>
          <table class="list-table">
            <tbody>
              {newAccounts.map((a) => (
                <tr key={a.username}><td>{a.username}</td><td class="secret-value">{a.oneTimePassword}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {newDevices.length > 0 ? (
        <div class="secret-box" data-testid="config-new-devices">
          <p><Text k="admin.config.newDevices" /></p>
          <table class="list-table">
            <tbody>
              {newDevices.map((d) => (
                <tr key={`${d.kind}:${d.name}`}><td>{d.name}</td><td class="secret-value">{d.url}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function ImportPart() {
  const { token } = useConsole();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  function pick(input: HTMLInputElement): void {
    const chosen = input.files?.[0];
    input.value = ''; // the same file may be chosen again after fixing it
    if (!chosen) return;
    void chosen.text().then((text) => {
      try {
        setState({ kind: 'confirming', picked: { name: chosen.name, file: JSON.parse(text) as unknown } });
      } catch {
        setState({ kind: 'unreadable' });
      }
    });
  }

  async function send(picked: Picked): Promise<void> {
    setState({ kind: 'sending' });
    // The file is sent as it is: the server checks it whole and names every fault.
    const outcome = await httpCommand('config.import', token, 'PUT', '/api/admin/config', picked.file);
    if (outcome.kind === 'ok') setState({ kind: 'done', imported: outcome.data });
    else if (outcome.kind === 'error') setState({ kind: 'refused', code: outcome.code, problems: outcome.problems ?? [] });
    else setState({ kind: 'unanswered' });
  }

  return (
    <section class="config-part" data-testid="config-import">
      <h2><Text k="admin.config.importTitle" /></h2>
      <p class="config-hint"><Text k="admin.config.importHint" /></p>
      <label class="plain-button file-button">
        <Text k="admin.config.chooseFile" />
        <input type="file" accept=".json,application/json" data-testid="config-file" disabled={state.kind === 'sending'}
          onChange={(e) => pick(e.currentTarget)} />
      </label>
      {state.kind === 'confirming' ? (
        <ConfirmDialog message={<Text k="admin.config.confirm" vars={{ file: state.picked.name }} />} confirmLabel="admin.config.import"
          danger={false} onConfirm={() => void send(state.picked)} onCancel={() => setState({ kind: 'idle' })} />
      ) : null}
      {state.kind === 'sending' ? <p role="status"><Text k="admin.config.importing" /></p> : null}
      {state.kind === 'unreadable' ? <p class="config-error" role="alert" data-testid="config-unreadable"><Text k="admin.config.notJson" /></p> : null}
      {state.kind === 'unanswered' ? <p class="config-error" role="alert"><Text k="admin.conn.offline" /></p> : null}
      {state.kind === 'refused' ? (
        <div role="alert" data-testid="config-refused">
          <p class="config-error"><Text k="admin.config.refused" /></p>
          {state.problems.length > 0 ? <Problems problems={state.problems} /> : <p><Text k={`error.${state.code}`} /></p>}
        </div>
      ) : null}
      {state.kind === 'done' ? <Imported imported={state.imported} /> : null}
    </section>
  );
}

export function ConfigScreen() {
  return (
    <section data-testid="config-screen">
      <header class="screen-head">
        <h1><Text k="admin.config.title" /></h1>
      </header>
      <ExportPart />
      <ImportPart />
    </section>
  );
}
