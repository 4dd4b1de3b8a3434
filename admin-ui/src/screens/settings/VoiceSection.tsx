/**
 * 叫号语音 in 大厅设置 (voice.settings / voice.configure, admins): how many times each call is said, the
 * volume, the chime and the quiet hours. The quiet hours are typed as one line ("12:00-13:30, 17:30-18:00")
 * and sent as the list the command takes; a range that cannot be read is named by its place in the list.
 */
import { useState } from 'preact/hooks';
import { Text } from '../../../../ui-kit/i18n';
import { NumberField, TextField } from '../../kit/fields';
import { CheckboxField } from '../../kit/CheckboxField';
import { FormSummary } from '../../kit/FormShell';
import { useCommand } from '../../kit/use-command';
import { useCommandForm, type FormValues } from '../../kit/use-command-form';
import { useFormFor } from '../../kit/use-form-for';
import './push-section.css';

function prepare(values: FormValues): FormValues {
  const { quietHours, ...rest } = values;
  const text = typeof quietHours === 'string' ? quietHours : '';
  return { ...rest, quietHours: text.split(/[,，\s]+/).filter((range) => range !== '') };
}

export function VoiceSection() {
  const read = useCommand('voice.settings', {});
  const form = useCommandForm('voice.configure', {}, prepare);
  const [saved, setSaved] = useState(false);
  const settings = useFormFor(read.data, form, (s) => ({ ...s, quietHours: s.quietHours.join(', ') }));

  if (!settings) return null;
  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setSaved(false);
    if (await form.submit()) {
      setSaved(true);
      read.reload();
    }
  }
  return (
    <section class="push-section" data-testid="voice-section">
      <h2><Text k="admin.voice.title" /></h2>
      <p class="muted"><Text k="admin.voice.intro" /></p>
      <form class="console-form" onSubmit={(e) => void submit(e)} data-testid="voice-form" noValidate>
        <div class="form-grid">
          <NumberField form={form} name="repeat" label="admin.voice.repeat" />
          <NumberField form={form} name="volume" label="admin.voice.volume" />
          <CheckboxField form={form} name="chime" label="admin.voice.chime" />
          <TextField form={form} name="quietHours" label="admin.voice.quietHours" hint="admin.voice.quietHoursHint" placeholder="12:00-13:30" wide />
        </div>
        <FormSummary form={form} />
        <div class="form-actions">
          <button type="submit" class="primary-button" data-testid="voice-submit" disabled={form.busy}>
            <Text k={form.busy ? 'admin.kit.working' : 'admin.voice.save'} />
          </button>
          {saved && !form.problem ? <p class="ok-note" role="status" data-testid="voice-saved"><Text k="admin.kit.saved" /></p> : null}
        </div>
      </form>
    </section>
  );
}
