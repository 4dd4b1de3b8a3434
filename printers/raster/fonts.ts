/**
 * Fonts for rastered lines and previews, registered once under our own family names. Skia does not
 * fall back from one font to another by itself, so every draw names its family explicitly.
 * - Mongolian: @fontsource/noto-sans-mongolian's "mongolian" subset (shapes joined letter forms).
 * - Chinese: a system CJK font (Debian fonts-noto-cjk or fonts-wqy-*), found by path or through
 *   fc-list; when none is installed, previews still render (Chinese glyphs come out blank).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const MONGOLIAN_FAMILY = 'HallPrintMongolian';
export const CJK_FAMILY = 'HallPrintCJK';

export interface FontPaths {
  mongolian?: string;
  cjk?: string;
  cjkBold?: string;
}

export interface PrintFonts {
  /** Family name to use, or null when the font file could not be found. */
  mongolian: string | null;
  cjk: string | null;
}

const MONGOLIAN_FILE = path.join('@fontsource', 'noto-sans-mongolian', 'files',
  'noto-sans-mongolian-mongolian-400-normal.woff2');

const CJK_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
];
const CJK_BOLD_CANDIDATES = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];

let chosen: FontPaths = {};
let registered: PrintFonts | null = null;
/** Counts font configurations: lines drawn under an earlier one are not reused (./rasterize-text.ts). */
let generation = 0;

/** Use these font files instead of the ones found automatically (call before the first print). */
export function configurePrintFonts(paths: FontPaths): void {
  chosen = { ...paths };
  registered = null;
  generation += 1;
}

export function fontGeneration(): number {
  return generation;
}

/** node_modules is looked up from the working directory upwards, as Node resolves packages. */
function findMongolianFont(): string | null {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, 'node_modules', MONGOLIAN_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function askFontconfig(): string | null {
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8', timeout: 3000 });
    const files = out.split('\n').map((line) => line.replace(/:\s*$/, '').trim()).filter((f) => f !== '');
    return files.find((f) => /sans/i.test(f)) ?? files[0] ?? null;
  } catch {
    return null;
  }
}

function firstExisting(candidates: string[]): string | null {
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

function register(file: string | null | undefined, family: string): boolean {
  if (!file || !fs.existsSync(file)) return false;
  return GlobalFonts.registerFromPath(file, family) !== null;
}

export function printFonts(): PrintFonts {
  if (registered) return registered;
  const mongolianOk = register(chosen.mongolian ?? findMongolianFont(), MONGOLIAN_FAMILY);
  const cjkOk = register(chosen.cjk ?? firstExisting(CJK_CANDIDATES) ?? askFontconfig(), CJK_FAMILY);
  if (cjkOk) register(chosen.cjkBold ?? firstExisting(CJK_BOLD_CANDIDATES), CJK_FAMILY);
  registered = { mongolian: mongolianOk ? MONGOLIAN_FAMILY : null, cjk: cjkOk ? CJK_FAMILY : null };
  return registered;
}

/** A CSS font string naming our family, with generic families after it for whatever Skia has. */
export function fontSpec(family: string | null, px: number, bold = false): string {
  const name = family === null ? 'sans-serif' : `"${family}", sans-serif`;
  return `${bold ? 'bold ' : ''}${px}px ${name}`;
}
