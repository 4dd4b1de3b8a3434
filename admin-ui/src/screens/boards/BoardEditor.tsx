/**
 * One 政务公开 board: its title and body in Chinese and (when written) Mongolian, beside the page as the
 * kiosk shows it, drawn with the kiosk's own component from what is typed now.
 */
import { useState } from 'preact/hooks';
import type { BoardId, BoardView } from '../../../../protocol/public-info';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { BoardPage } from '../../../../kiosk-ui/src/boards/BoardPage';
import { useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { loadStatus } from '../../kit/LoadState';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { BoundText } from '../bound-text';
import '../../../../kiosk-ui/src/styles/guide.css';
import { useFormFor } from '../../kit/use-form-for';

/** The Mongolian page goes along only when something of it is written. */
function prepare(values: FormValues): FormValues {
  const text = (name: string): string => (typeof values[name] === 'string' ? String(values[name]) : '');
  const mn = { title: text('mnTitle'), body: text('mnBody') };
  return {
    id: values.id,
    zh: { title: text('zhTitle'), body: text('zhBody') },
    ...(mn.title.trim() !== '' || mn.body.trim() !== '' ? { mn } : {}),
  };
}

function valuesOf(b: BoardView): FormValues {
  return { id: b.id, zhTitle: b.zh.title, zhBody: b.zh.body, mnTitle: b.mn.title, mnBody: b.mn.body };
}

export function BoardEditor(props: { id: BoardId }) {
  const { t } = useLang();
  const { canEdit } = useConsole();
  const read = useCommand('board.get', { id: props.id });
  const form = useCommandForm('board.save', { id: props.id }, prepare);
  const [saved, setSaved] = useState(false);
  const board = useFormFor(read.data, form, valuesOf);
  if (!board) return <section class="form-page">{loadStatus(read)}</section>;
  const value = (name: string): string => (typeof form.values[name] === 'string' ? String(form.values[name]) : '');
  const field = (name: string) => (v: string): void => {
    setSaved(false);
    form.set(name, v);
  };
  return (
    <section class="form-page" data-testid="board-editor">
      <header class="screen-head">
        <h1>{t('admin.boards.edit', { title: board.zh.title })}</h1>
        <a class="plain-button" href="#/boards"><Text k="admin.kit.back" /></a>
      </header>
      <div class="editor-with-preview">
        <FormShell form={form} readOnly={!canEdit} testid="board-form" onDone={() => {
          setSaved(true);
          read.reload();
        }}>
          <BoundText form={form} path="zh.title" label="admin.boards.zhTitle" value={value('zhTitle')} onInput={field('zhTitle')} readOnly={!canEdit} />
          <BoundText form={form} path="zh.body" label="admin.boards.zhBody" value={value('zhBody')} onInput={field('zhBody')} multiline rows={14}
            wide readOnly={!canEdit} />
          <BoundText form={form} path="mn.title" label="admin.boards.mnTitle" value={value('mnTitle')} onInput={field('mnTitle')} mongolian
            readOnly={!canEdit} />
          <BoundText form={form} path="mn.body" label="admin.boards.mnBody" value={value('mnBody')} onInput={field('mnBody')} multiline mongolian
            wide readOnly={!canEdit} />
        </FormShell>
        <aside class="kiosk-preview" data-testid="board-preview">
          <p class="kiosk-preview-head">{t('admin.boards.preview')}<small>{t('admin.guides.previewHint')}</small></p>
          <div class="kiosk-preview-body">
            <h2>{value('zhTitle')}</h2>
            <div class="board-sheet">
              {value('mnBody').trim() !== '' ? <BoardPage page={{ title: value('mnTitle'), body: value('mnBody') }} lang="mn-Mong" /> : null}
              <BoardPage page={{ title: value('zhTitle'), body: value('zhBody') }} lang="zh-CN" />
            </div>
          </div>
        </aside>
      </div>
      {saved ? <p class="ok-note" role="status" data-testid="board-saved">{t('admin.boards.saved')}</p> : null}
    </section>
  );
}
