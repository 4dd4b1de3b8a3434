import { useState } from 'preact/hooks';
import type { StaffWithPassword } from '../../../../protocol/admin';
import { Text, useLang } from '../../../../ui-kit/i18n';
import { useConsole } from '../../kit/console';
import { FormShell } from '../../kit/FormShell';
import { SecretBox } from '../../kit/SecretBox';
import { useCommandForm } from '../../kit/use-command-form';
import { StaffFields } from './StaffFields';

export function StaffCreate() {
  const { t } = useLang();
  const { navigate } = useConsole();
  const form = useCommandForm('staff.create', { displayName: '', staffNumber: '', username: '', role: 'staff', centreId: null });
  const [created, setCreated] = useState<StaffWithPassword | null>(null);

  if (created) {
    return (
      <section class="form-page">
        <h1>
          <Text k="admin.staff.new" />
        </h1>
        <SecretBox intro={t('admin.staff.created', { username: created.staff.username })} secret={created.oneTimePassword}
          onDone={() => navigate('staff')} />
      </section>
    );
  }
  return (
    <section class="form-page">
      <header class="screen-head">
        <h1>
          <Text k="admin.staff.new" />
        </h1>
        <a class="plain-button" href="#/staff">
          <Text k="admin.kit.back" />
        </a>
      </header>
      <FormShell form={form} onDone={setCreated} submitLabel="admin.staff.create" testid="staff-form">
        <StaffFields form={form} readOnly={false} />
      </FormShell>
    </section>
  );
}
