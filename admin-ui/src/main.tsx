import './zod-setup';
import { render } from 'preact';
import '../../ui-kit/base.css';
import './console.css';
import { LangProvider } from '../../ui-kit/i18n';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider>
      <App />
    </LangProvider>,
    root,
  );
}
