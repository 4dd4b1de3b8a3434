/**
 * The workbench's file for offline review: export every text as CSV (mnText.export, a download), and import
 * the reviewed file back (mnText.import over HTTP: the file is larger than a socket message may be). A file
 * with faults changes nothing; each fault is listed by row and column.
 */
import { useState } from 'preact/hooks';
import type { MnImportAnswer } from '../../../../protocol/mn-texts';
import type { ErrorCode, Problem } from '../../../../protocol/errors';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { httpCommand } from '../../kit/http-command';
import { mnProblemText } from './problem-text';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; answer: MnImportAnswer }
  | { kind: 'refused'; code: ErrorCode; problems: Problem[] }
  | { kind: 'unreadable' }
  | { kind: 'unanswered' };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function MnTransfer(props: { onImported: () => void }) {
  const { t } = useLang();
  const { token, canEdit } = useConsole();
  const [exported, setExported] = useState<string | null>(null);
  const [exportFailed, setExportFailed] = useState<ErrorCode | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function exportNow(): Promise<void> {
    const outcome = await httpCommand('mnText.export', token, 'GET', '/api/admin/mn-texts/export');
    if (outcome.kind !== 'ok') {
      setExportFailed(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
      return;
    }
    // The text already starts with the byte-order mark that tells spreadsheet programs it is UTF-8.
    download(outcome.data.fileName, outcome.data.csv);
    setExportFailed(null);
    setExported(outcome.data.fileName);
  }

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setState({ kind: 'unreadable' });
      return;
    }
    setState({ kind: 'busy' });
    const outcome = await httpCommand('mnText.import', token, 'POST', '/api/admin/mn-texts/import', { csv });
    if (outcome.kind === 'ok') {
      setState({ kind: 'done', answer: outcome.data });
      props.onImported();
    } else if (outcome.kind === 'error') setState({ kind: 'refused', code: outcome.code, problems: outcome.problems ?? [] });
    else setState({ kind: 'unanswered' });
  }

  return (
    <section class="mn-transfer" data-testid="mn-transfer">
      <h2><Text k="admin.mnTexts.exportTitle" /></h2>
      <p class="toolbar-explain"><Text k="admin.mnTexts.exportHint" /></p>
      <div class="toolbar">
        <button type="button" class="plain-button" data-testid="mn-export" onClick={() => void exportNow()}><Text k="admin.mnTexts.export" /></button>
        {canEdit ? (
          <label class="plain-button mn-import-button">
            <Text k="admin.mnTexts.import" />
            <input type="file" accept=".csv,text/csv" data-testid="mn-import-file" class="visually-hidden"
              onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
          </label>
        ) : null}
      </div>
      {exported ? <p class="ok-note" role="status" data-testid="mn-exported"><Text k="admin.mnTexts.exported" vars={{ file: exported }} /></p> : null}
      {exportFailed ? <ErrorNote code={exportFailed} /> : null}
      {state.kind === 'done' ? (
        <p class="ok-note" role="status" data-testid="mn-imported"><Text k="admin.mnTexts.imported" vars={{ ...state.answer }} /></p>
      ) : null}
      {state.kind === 'unreadable' ? <p class="error-note" role="alert"><Text k="admin.mnTexts.unreadable" /></p> : null}
      {state.kind === 'unanswered' ? <p class="error-note" role="alert">{t('account.unanswered')}</p> : null}
      {state.kind === 'refused' ? (
        <div data-testid="mn-import-refused">
          <ErrorNote code={state.code} />
          {state.problems.length > 0 ? (
            <>
              <p><Text k="admin.mnTexts.importRefused" /></p>
              <ul>
                {state.problems.map((p) => {
                  const text = mnProblemText(p.reason);
                  return <li key={`${p.path}:${p.reason}`}><code>{p.path}</code> {t(text.key, text.vars)}</li>;
                })}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
