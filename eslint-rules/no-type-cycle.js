/**
 * import-x/no-cycle skips `import type`, so a cycle made of type imports (views ↔ events, say) passes
 * it. This rule follows every relative import — type-only, re-exports and dynamic ones included — and
 * reports an import that leads back to the file it is in. Imports are read with TypeScript's
 * pre-processor (no type checking), and the graph is kept for the whole lint run.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const graph = new Map();

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier.replace(/\.js$/, ''));
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext;
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file) {
  let targets = graph.get(file);
  if (targets) return targets;
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  targets = [...new Set(info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter(Boolean))];
  graph.set(file, targets);
  return targets;
}

/** The import route from `start` back to `file`, or null. */
function routeBack(start, file) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const next of importsOf(current)) {
      if (next === file) {
        const route = [];
        for (let at = current; at; at = previous.get(at)) route.unshift(at);
        return route;
      }
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles, counting type-only imports' },
    schema: [],
    messages: { cycle: 'Import cycle (type imports included): {{route}}' },
  },
  create(context) {
    const file = context.physicalFilename;
    const root = context.cwd;
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveImport(file, node.source.value);
      if (!target) return;
      const route = target === file ? [] : routeBack(target, file);
      if (!route) return;
      const names = [file, ...route, file].map((f) => path.relative(root, f));
      context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
