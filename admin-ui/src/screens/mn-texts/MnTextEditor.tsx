/**
 * One text side by side: the Chinese, the Mongolian being edited with its live preview, and the two verdicts
 * (mnText.save: a draft; mnText.approve: approved in the reviewer's name, dated by the server). What is
 * approved is exactly the Mongolian in the box, so the approval holds only for the text the reviewer saw.
 */
import { useState } from 'preact/hooks';
import type { MnTextEntry } from '../../../../protocol/mn-texts';
import type { Problem } from '../../../../protocol/errors';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { MnPreview } from './MnPreview';
import { mnProblemText } from './problem-text';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; verdict: 'draft' | 'approved' }
  | { kind: 'refused'; code: Parameters<typeof ErrorNote>[0]['code']; problems: Problem[] }
  | { kind: 'needReviewer' }
  | { kind: 'unanswered' };

/** `reviewer` is the screen's: a reviewer going through many texts types their name once. */
export function MnTextEditor(props: { entry: MnTextEntry; reviewer: string; onReviewer: (name: string) => void;
  onDone: (entry: MnTextEntry) => void; onClose: () => void }) {
  const { t } = useLang();
  const { stream, canEdit } = useConsole();
  const [mn, setMn] = useState(props.entry.mn);
  const { reviewer } = props;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function send(verdict: 'draft' | 'approved'): Promise<void> {
    if (verdict === 'approved' && reviewer.trim() === '') {
      setOutcome({ kind: 'needReviewer' });
      return;
    }
    setOutcome({ kind: 'busy' });
    const answer = verdict === 'approved'
      ? await runCommand(stream, 'mnText.approve', { key: props.entry.key, mn, reviewer })
      : await runCommand(stream, 'mnText.save', { key: props.entry.key, mn });
    if (answer.kind === 'ok') {
      setOutcome({ kind: 'done', verdict });
      props.onDone(answer.data);
    } else if (answer.kind === 'error') setOutcome({ kind: 'refused', code: answer.code, problems: answer.problems ?? [] });
    else setOutcome({ kind: 'unanswered' });
  }

  return (
    <section class="mn-editor" data-testid="mn-editor" aria-label={t('admin.mnTexts.editTitle', { key: props.entry.key })}>
      <header class="mn-editor-head">
        <h2><Text k="admin.mnTexts.editTitle" vars={{ key: props.entry.key }} /></h2>
        <button type="button" class="plain-button" data-testid="mn-editor-close" onClick={props.onClose}><Text k="admin.mnTexts.close" /></button>
      </header>
      <div class="mn-editor-sides">
        <div class="mn-editor-side">
          <span class="form-label"><Text k="admin.mnTexts.zh" /></span>
          <p class="mn-editor-zh" data-testid="mn-editor-zh" lang="zh-CN">{props.entry.zh}</p>
        </div>
        <label class="mn-editor-side form-field">
          <span class="form-label"><Text k="admin.mnTexts.mn" /></span>
          <textarea class="mn" lang="mn-Mong" rows={3} data-testid="mn-editor-input" value={mn} readOnly={!canEdit}
            onInput={(e) => setMn(e.currentTarget.value)} />
          <span class="form-hint"><Text k="admin.mnTexts.mnHint" /></span>
        </label>
      </div>
      <MnPreview mn={mn} zh={props.entry.zh} />
      {canEdit ? (
        <div class="form-actions mn-editor-actions">
          <label class="inline-field">
            <span class="form-label"><Text k="admin.mnTexts.reviewer" /></span>
            <input type="text" data-testid="mn-reviewer" value={reviewer} maxLength={40} onInput={(e) => props.onReviewer(e.currentTarget.value)}
              aria-describedby="mn-reviewer-hint" />
          </label>
          <span class="form-hint" id="mn-reviewer-hint"><Text k="admin.mnTexts.reviewerHint" /></span>
          <button type="button" class="plain-button" data-testid="mn-save-draft" disabled={outcome.kind === 'busy'}
            onClick={() => void send('draft')}><Text k="admin.mnTexts.saveDraft" /></button>
          <button type="button" class="primary-button" data-testid="mn-approve" disabled={outcome.kind === 'busy'}
            onClick={() => void send('approved')}><Text k="admin.mnTexts.approve" /></button>
        </div>
      ) : null}
      <EditorOutcome outcome={outcome} />
    </section>
  );
}

function EditorOutcome(props: { outcome: Outcome }) {
  const { t } = useLang();
  const { outcome } = props;
  if (outcome.kind === 'done') {
    return <p class="ok-note" role="status" data-testid="mn-editor-done"><Text k={outcome.verdict === 'approved' ? 'admin.mnTexts.approved' : 'admin.mnTexts.saved'} /></p>;
  }
  if (outcome.kind === 'needReviewer') return <p class="error-note" role="alert" data-testid="mn-editor-problem"><Text k="admin.mnTexts.needReviewer" /></p>;
  if (outcome.kind === 'unanswered') return <p class="error-note" role="alert">{t('account.unanswered')}</p>;
  if (outcome.kind !== 'refused') return null;
  return (
    <div data-testid="mn-editor-problem">
      <ErrorNote code={outcome.code} />
      <ul>
        {outcome.problems.map((p) => {
          const text = mnProblemText(p.reason);
          return <li key={p.reason}>{t(text.key, text.vars)}</li>;
        })}
      </ul>
    </div>
  );
}
