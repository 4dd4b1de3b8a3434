/** Gzipped size of each built front end's JavaScript and CSS (fonts and images not counted). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleSize { app: string; jsGzipKb: number; cssGzipKb: number; files: number }

function gzipKb(file: string): number {
  return Math.round((zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024) * 10) / 10;
}

export function bundleSizes(uiDir = path.resolve('dist/ui')): BundleSize[] {
  return ['kiosk', 'display', 'counter', 'admin'].map((app) => {
    const dir = path.join(uiDir, app, 'assets');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    const sum = (ext: string): number => Math.round(files.filter((f) => f.endsWith(ext))
      .reduce((total, f) => total + gzipKb(path.join(dir, f)), 0) * 10) / 10;
    return { app, jsGzipKb: sum('.js'), cssGzipKb: sum('.css'), files: files.length };
  });
}
