import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { hallAppConfig } from '../ui-kit/vite-app';

// The admin console (管理后台), served at /admin/.
export default defineConfig(hallAppConfig(fileURLToPath(new URL('.', import.meta.url)), 'admin'));
