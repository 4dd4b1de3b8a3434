/**
 * Writes the demo hall's 业务办理样本 images into ui-assets/samples, one SVG per sample form.
 * Run after changing a sample form: node --import tsx scripts/generate-demo-samples.ts
 * (a unit test fails while the files on disk differ from what this would write).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SAMPLE_FORMS } from '../server/demo/guides/sample-forms';
import { renderSampleSvg } from '../server/demo/guides/sample-svg';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'ui-assets', 'samples');
mkdirSync(outDir, { recursive: true });
for (const form of DEMO_SAMPLE_FORMS) {
  const svg = renderSampleSvg(form);
  writeFileSync(join(outDir, `${form.id}.svg`), svg);
  console.log(`${form.id}.svg  ${Buffer.byteLength(svg)} bytes`);
}
