// ESLint rule `quire/layers`: which folders a file may import from, as an allow-list per folder
// (as VS Code's code-import-patterns does). Every relative import (static, type-only, re-export,
// dynamic) is resolved to a path inside the repository and must match one of the globs the
// first matching layer allows. `$1` in an allowed glob stands for what the layer's first `*`
// matched: a feature may import its own folder and no other feature's internals.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** `**` any path, `*` one name (captured), `{a,b}` either; everything else literal. */
function globRegex(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (ch === '*') out += '([^/]*)';
    else if (ch === '{') out += '(?:';
    else if (ch === '}') out += ')';
    else if (ch === ',' && out.lastIndexOf('(?:') > out.lastIndexOf(')')) out += '|';
    else out += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** The module a relative specifier names, as a repository path (`.ts`, `/index.ts` tried). */
function resolveTarget(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(isFile);
  return relative(ROOT, found ?? base).split('\\').join('/');
}

export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layering: each folder may import only the folders it lists' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { from: { type: 'string' }, allow: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } },
          required: ['from', 'allow', 'why'],
          additionalProperties: false,
        },
      },
    ],
    messages: { outside: '{{target}} is outside what {{layer}} may import: {{why}}' },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    let layer;
    let captured = [];
    for (const candidate of context.options[0] ?? []) {
      const m = globRegex(candidate.from).exec(file);
      if (m) {
        layer = candidate;
        captured = m.slice(1);
        break;
      }
    }
    if (!layer) return {};
    const allowed = layer.allow.map((g) => globRegex(g.replace(/\$(\d)/g, (_, n) => captured[Number(n) - 1] ?? '')));
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolveTarget(context.filename, source.value);
      if (allowed.some((re) => re.test(target))) return;
      context.report({ node: source, messageId: 'outside', data: { target, layer: layer.from, why: layer.why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => (node.source.type === 'Literal' ? check(node.source) : undefined),
    };
  },
};

export default { rules: { layers } };
