import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { hallAppConfig } from '../ui-kit/vite-app';

export default defineConfig(hallAppConfig(fileURLToPath(new URL('.', import.meta.url)), 'counter'));
