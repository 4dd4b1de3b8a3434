import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { hallAppConfig } from '../ui-kit/vite-app';

// pad.html is the rating pad (评价器) the server answers /pad/ with.
export default defineConfig(hallAppConfig(fileURLToPath(new URL('.', import.meta.url)), 'counter', ['pad']));
