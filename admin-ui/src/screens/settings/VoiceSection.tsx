/**
 * 叫号语音 in 大厅设置 (voice.settings / voice.configure, admins): how many times each call is said, the
 * volume, the chime and the quiet hours. The quiet hours are typed as one line ("12:00-13:30, 17:30-18:00")
 * and sent as the list the command takes; a range that cannot be read is named by its place in the list.
 */
import { useState } from 'preact/hooks';
import { Text } from '../../../../ui-kit/i18n';
import { NumberField, TextField } from '../../kit/fields';
import { CheckboxField } from '../../kit/CheckboxField';
import { FormShell } from '../../kit/FormShell';
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
  return (
    <section class="push-section" data-testid="voice-section">
      <h2><Text k="admin.voice.title" /></h2>
      <p class="muted"><Text k="admin.voice.intro" /></p>
      <FormShell form={form} testid="voice-form" submitTestid="voice-submit" submitLabel="admin.voice.save"
        onDone={() => {
          setSaved(true);
          read.reload();
        }}
        actions={saved && !form.problem && !form.busy ? <p class="ok-note" role="status" data-testid="voice-saved"><Text k="admin.kit.saved" /></p> : null}>
        <NumberField form={form} name="repeat" label="admin.voice.repeat" />
        <NumberField form={form} name="volume" label="admin.voice.volume" />
        <CheckboxField form={form} name="chime" label="admin.voice.chime" />
        <TextField form={form} name="quietHours" label="admin.voice.quietHours" hint="admin.voice.quietHoursHint" placeholder="12:00-13:30" wide />
      </FormShell>
    </section>
  );
}
