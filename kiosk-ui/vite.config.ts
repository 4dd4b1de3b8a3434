import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { hallAppConfig } from '../ui-kit/vite-app';

// phone.html is the tracking page the server answers /t/<token> with; portal.html the public portal at /portal/.
export default defineConfig(hallAppConfig(fileURLToPath(new URL('.', import.meta.url)), 'kiosk', ['phone', 'portal']));
