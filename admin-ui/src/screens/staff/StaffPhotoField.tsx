/**
 * The photo of an account, shown on the rating pad and the window display while the person works a
 * window: a preview, a file to upload in its place, and removal after confirming. The server judges the
 * file by its bytes; a refusal (not PNG or JPEG, over 1 MB) is said on this field and changes nothing.
 */
import { useState } from 'preact/hooks';
import type { StaffView } from '../../../../protocol/admin';
import type { ErrorCode } from '../../../../protocol/errors';
import { STAFF_PHOTO_MAX_BYTES } from '../../../../protocol/staff-photo';
import { errorKey } from '../../../../protocol/catalog/ui-lookup';
import type { Outcome } from '../../../../ui-kit/command-outcome';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { ConfirmButton } from '../../kit/ConfirmDialog';
import { ProblemText } from '../../kit/fields';
import { httpCommand, readAsDataUrl } from '../../kit/http-command';
import './StaffPhotoField.css';

export function StaffPhotoField(props: { staff: StaffView; readOnly: boolean; onChanged: () => void }) {
  const { t } = useLang();
  const { token } = useConsole();
  const { staff } = props;
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function send(content: string | null): Promise<void> {
    setBusy(true);
    setSaved(false);
    const outcome: Outcome<StaffView> = await httpCommand('staff.setPhoto', token, 'PUT', `/api/admin/staff/${staff.id}/photo`, { content });
    setBusy(false);
    if (outcome.kind === 'ok') {
      setProblem(null);
      setSaved(true);
      props.onChanged();
    } else {
      setProblem(outcome.kind === 'error' ? outcome.code : 'INTERNAL');
    }
  }

  async function upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Said at once rather than after sending a file the server would refuse for its size.
    if (file.size > STAFF_PHOTO_MAX_BYTES) {
      setSaved(false);
      setProblem('PHOTO_TOO_LARGE');
      return;
    }
    await send(await readAsDataUrl(file));
  }

  return (
    <div class={`form-field wide staff-photo ${problem ? 'has-problem' : ''}`} data-field="photo" data-testid="staff-photo">
      <span class="form-label">{t('admin.staff.photo')}</span>
      <div class="staff-photo-row">
        {staff.photo ? (
          <img class="staff-photo-preview" src={staff.photo} alt={t('admin.staff.photoAlt', { name: staff.displayName })}
            data-testid="staff-photo-preview" />
        ) : (
          <span class="staff-photo-preview staff-photo-none" data-testid="staff-photo-none">{t('admin.staff.photoNone')}</span>
        )}
        {!props.readOnly ? (
          <div class="staff-photo-actions">
            <label class={`plain-button ${busy ? 'is-busy' : ''}`}>
              <Text k={staff.photo ? 'admin.staff.photoReplace' : 'admin.staff.photoUpload'} />
              <input type="file" accept="image/png,image/jpeg" disabled={busy} data-testid="staff-photo-file"
                onChange={(e) => void upload(e.currentTarget)} />
            </label>
            {staff.photo ? (
              <ConfirmButton label="admin.staff.photoRemove" testid="staff-photo-remove" disabled={busy}
                message={t('admin.staff.photoRemoveConfirm', { name: staff.displayName })}
                onConfirm={() => send(null)} />
            ) : null}
          </div>
        ) : null}
      </div>
      <span class="form-hint">{t('admin.staff.photoHint')}</span>
      <ProblemText problem={problem ? { key: errorKey(problem) } : undefined} testid="problem-photo" />
      {saved && !problem ? <p class="ok-note" role="status"><Text k="admin.staff.photoSaved" /></p> : null}
    </div>
  );
}
