/**
 * The one Vite setup of the front ends: each app's folder is the root, its build goes to
 * dist/ui/<app> under the base path the server mounts it at, and the dev server forwards the API and
 * socket.io to a running hall server (HALL_SERVER, default http://127.0.0.1:3000).
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';

export type AppName = 'kiosk' | 'display' | 'counter' | 'admin';

/** `appDir` is the folder of the app's vite.config.ts; `pages` are its HTML entries besides index.html. */
export function hallAppConfig(appDir: string, app: AppName, pages: string[] = []): UserConfig {
  const hallServer = process.env['HALL_SERVER'] ?? 'http://127.0.0.1:3000';
  const input: Record<string, string> = { main: resolve(appDir, 'index.html') };
  for (const page of pages) input[page] = resolve(appDir, `${page}.html`);
  return {
    root: appDir,
    base: `/${app}/`,
    plugins: [preact()],
    // No public folder: everything an app needs is imported, so nothing is fetched from elsewhere.
    publicDir: false,
    build: {
      outDir: resolve(appDir, '..', 'dist', 'ui', app),
      emptyOutDir: true,
      target: 'es2020',
      assetsInlineLimit: 0,
      rolldownOptions: {
        input,
        // Code shared by two pages of one app (kiosk and phone) gets a plain name, not a component's.
        output: {
          chunkFileNames: 'assets/shared-[hash].js',
          assetFileNames: (asset) =>
            asset.names.some((name) => name.endsWith('.css') && !entryCss(name, input))
              ? 'assets/shared-[hash][extname]'
              : 'assets/[name]-[hash][extname]',
        },
      },
    },
    server: {
      proxy: {
        '/api': hallServer,
        '/socket.io': { target: hallServer, ws: true },
      },
    },
  };
}

function entryCss(fileName: string, input: Record<string, string>): boolean {
  return Object.keys(input).some((entry) => fileName === `${entry}.css`);
}
