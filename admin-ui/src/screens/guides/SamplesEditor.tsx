/**
 * The guide's files: the 业务办理样本 (retitled here and saved with the guide, removed at once) and the
 * 办理结果样本, and an upload of a new file (PNG, JPEG or PDF up to 5 MB) as either. An upload needs a
 * saved guide: the file is added to the stored guide at once and shows on the kiosks.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { GuideSample, ServiceGuide } from '../../../../protocol/guide';
import { SAMPLE_MAX_BYTES } from '../../../../protocol/guide';
import type { ErrorCode } from '../../../../protocol/errors';
import { ErrorNote } from '../../../../ui-kit/ErrorNote';
import { useLang } from '../../../../ui-kit/i18n';
import { runCommand, useConsole } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { ProblemText } from '../../kit/fields';
import type { CommandForm } from '../../kit/use-command-form';
import { loadSession } from '../../session';
import { readAsDataUrl, uploadSample } from './upload-sample';

type Files = Pick<ServiceGuide, 'samples' | 'resultSample'>;

function SampleCard(props: { sample: GuideSample; testid: string; children?: ComponentChildren }) {
  const { t } = useLang();
  return (
    <div class="sample-card" data-testid={props.testid}>
      {props.sample.format === 'pdf'
        ? <a class="pdf-tile" href={props.sample.image} target="_blank" rel="noreferrer">{t('admin.guides.pdf')}</a>
        : <img src={props.sample.image} alt={props.sample.title} />}
      {props.children}
    </div>
  );
}

export function SamplesEditor(props: { form: CommandForm<'guide.save'>; serviceId: string; files: Files; stored: boolean;
  onTitles: (samples: GuideSample[]) => void; onFiles: (files: Files) => void; readOnly: boolean }) {
  const { t } = useLang();
  const { stream } = useConsole();
  const { form, files, readOnly } = props;
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; title: string } | { kind: 'failed'; code: ErrorCode }
    | { kind: 'incomplete' }>({ kind: 'idle' });

  async function upload(target: 'samples' | 'result'): Promise<void> {
    const token = loadSession()?.token;
    if (!file || title.trim() === '' || !token) {
      setState({ kind: 'incomplete' });
      return;
    }
    // The server checks again; this only saves sending a file that cannot be taken.
    if (file.size > SAMPLE_MAX_BYTES) {
      setState({ kind: 'failed', code: 'SAMPLE_TOO_LARGE' });
      return;
    }
    setState({ kind: 'busy' });
    const outcome = await uploadSample(token, props.serviceId, { title: title.trim(), content: await readAsDataUrl(file), target });
    if (outcome.kind === 'ok') {
      props.onFiles({ samples: outcome.data.guide.samples, resultSample: outcome.data.guide.resultSample });
      setState({ kind: 'done', title: outcome.data.sample.title });
      setTitle('');
      setFile(null);
    } else {
      setState({ kind: 'failed', code: outcome.kind === 'error' ? outcome.code : 'INTERNAL' });
    }
  }

  async function remove(sample: GuideSample): Promise<void> {
    const outcome = await runCommand(stream, 'sample.remove', { serviceId: props.serviceId, image: sample.image });
    if (outcome.kind === 'ok') props.onFiles({ samples: outcome.data.samples, resultSample: outcome.data.resultSample });
    else setState({ kind: 'failed', code: outcome.kind === 'error' ? outcome.code : 'INTERNAL' });
  }

  const removeButton = (sample: GuideSample) => (readOnly ? null : (
    <ConfirmButton label="admin.guides.removeSample" testid={`remove-sample-${sample.image}`}
      message={t('admin.guides.removeSampleConfirm', { title: sample.title })} onConfirm={() => remove(sample)} />
  ));

  return (
    <section class="editor-section" data-testid="samples-editor">
      <h2>{t('admin.guides.section.samples')}</h2>
      <h3>{t('admin.guides.samples')}</h3>
      <div class="sample-cards">
        {files.samples.map((sample, i) => (
          <SampleCard key={sample.image} sample={sample} testid={`sample-card-${i}`}>
            <input value={sample.title} readOnly={readOnly} aria-label={t('admin.guides.sampleTitle')}
              onInput={(e) => props.onTitles(files.samples.map((s, j) => (j === i ? { ...s, title: e.currentTarget.value } : s)))} />
            <ProblemText problem={form.problemAt(`guide.samples.${i}.title`)} />
            {removeButton(sample)}
          </SampleCard>
        ))}
      </div>
      <h3>{t('admin.guides.resultSample')}</h3>
      {files.resultSample ? (
        <div class="sample-cards">
          <SampleCard sample={files.resultSample} testid="result-sample-card">
            <span>{files.resultSample.title}</span>
            {removeButton(files.resultSample)}
          </SampleCard>
        </div>
      ) : <p class="screen-intro">{t('admin.guides.noResultSample')}</p>}
      {readOnly || !props.stored ? null : (
        <div class="upload-row">
          <label>
            {t('admin.guides.sampleTitle')}
            <input type="text" value={title} data-testid="sample-title" onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <label>
            {t('admin.guides.sampleFile')}
            <input type="file" accept="image/png,image/jpeg,application/pdf" data-testid="sample-file"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </label>
          <button type="button" class="primary-button" data-testid="upload-sample" disabled={state.kind === 'busy'}
            onClick={() => void upload('samples')}>{t('admin.guides.upload')}</button>
          <button type="button" class="plain-button" data-testid="upload-result" disabled={state.kind === 'busy'}
            onClick={() => void upload('result')}>{t('admin.guides.uploadResult')}</button>
        </div>
      )}
      {state.kind === 'busy' ? <p role="status">{t('admin.guides.uploading')}</p> : null}
      {state.kind === 'done' ? <p class="ok-note" role="status" data-testid="upload-done">{t('admin.guides.uploaded', { title: state.title })}</p> : null}
      {state.kind === 'incomplete' ? <p class="error-note" role="alert">{t('admin.guides.pickFile')}</p> : null}
      {state.kind === 'failed' ? <span data-testid="upload-failed"><ErrorNote code={state.code} /></span> : null}
    </section>
  );
}
