import { Text } from '../../../ui-kit/i18n';

/** Counter staff who reach the console: where they belong instead, and a way out. */
export function StaffOnlyScreen(props: { onLogout: () => void }) {
  return (
    <main class="login">
      <div class="login-form" data-testid="staff-only">
        <h1 class="login-title">
          <Text k="admin.staffOnly.title" />
        </h1>
        <p>
          <Text k="admin.staffOnly.body" />
        </p>
        <a class="primary-button" href="/counter/">
          <Text k="admin.staffOnly.counterLink" />
        </a>
        <button type="button" class="link-button" onClick={props.onLogout}>
          <Text k="admin.logout" />
        </button>
      </div>
    </main>
  );
}
