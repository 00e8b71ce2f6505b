// The licences of what Quire ships: every production package installed (package-lock.json's
// non-dev entries present in node_modules), each under a licence the policy accepts, with its
// licence text. `npm run dist` writes out/THIRD-PARTY-NOTICES.txt (packaged beside the resources);
// a package whose licence the policy does not accept stops the packaging with its name.
//
// Policy: permissive licences, and CPAL-1.0 for citeproc-js (offered as CPAL-1.0 OR AGPL; Quire
// takes CPAL, a file-level copyleft: citeproc's files ship unmodified, with its notice and licence,
// and its source is the published npm package). No GPL-family licence is accepted alone.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import parse from 'spdx-expression-parse';

export const ACCEPTED = new Set([
  'MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'Zlib', 'CC0-1.0', 'BlueOak-1.0.0',
  'Unlicense', 'MPL-2.0', 'Python-2.0', 'CC-BY-4.0', 'CPAL-1.0',
]);
/** Old-style names some packages still give, read as the SPDX licence they mean. */
const ALIASES = { 'Apache 2.0': 'Apache-2.0', 'Apache License 2.0': 'Apache-2.0' };

/** A licence declared only as "BSD": which BSD licence its text is (the four-clause one is not accepted). */
export function bsdVariant(text) {
  if (/advertising materials/i.test(text)) return 'BSD-4-Clause';
  return /neither the name/i.test(text) ? 'BSD-3-Clause' : 'BSD-2-Clause';
}

/**
 * The licence a licence file grants, known by its own words, or null. Read where a package's
 * manifest declares none, or "UNLICENSED" while shipping a licence file that grants one (a fork
 * that kept its original's licence).
 */
export function licenceFromText(text) {
  if (/Permission is hereby granted, free of charge, to any person obtaining a copy/i.test(text)) return 'MIT';
  if (/Permission to use, copy, modify, and\/or distribute this software for any purpose with or without fee/i.test(text)) return 'ISC';
  if (/Apache License,?\s+Version 2\.0/i.test(text)) return 'Apache-2.0';
  if (/Redistribution and use in source and binary forms/i.test(text)) return bsdVariant(text);
  return null;
}

/**
 * The licence Quire takes a package under: for "A OR B" the first accepted one, for "A AND B"
 * both (joined), or null when the expression offers nothing the policy accepts.
 */
export function chooseLicence(expression) {
  if (typeof expression !== 'string' || expression.trim() === '') return null;
  let tree;
  try {
    tree = parse(ALIASES[expression] ?? expression);
  } catch {
    return null;
  }
  const pick = (node) => {
    if ('license' in node) return ACCEPTED.has(node.license) ? node.license : null;
    const left = pick(node.left);
    const right = pick(node.right);
    if (node.conjunction === 'or') return left ?? right;
    return left && right ? `${left} AND ${right}` : null;
  };
  return pick(tree);
}

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** Every production package installed under `root`: name, version, licence as declared and as taken, licence text. */
export function productionPackages(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const out = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.dev || !existsSync(join(root, path, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'));
    const declared = typeof manifest.license === 'string' ? manifest.license : entry.license ?? null;
    const files = readdirSync(join(root, path)).filter((f) => LICENCE_FILE.test(f)).sort();
    const text = files.map((f) => readFileSync(join(root, path, f), 'utf8').trim()).join('\n\n');
    out.push({
      name: manifest.name ?? path.replace(/^.*node_modules\//, ''),
      version: manifest.version ?? entry.version ?? '',
      declared,
      licence: chooseLicence(declared === 'BSD' ? bsdVariant(text) : !declared || declared === 'UNLICENSED' ? licenceFromText(text) : declared),
      text,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The notices file's text; throws naming every package the policy does not accept. */
export function noticesText(packages) {
  const refused = packages.filter((p) => p.licence === null);
  if (refused.length > 0) {
    throw new Error(`licence not accepted for packaging: ${refused.map((p) => `${p.name}@${p.version} (${p.declared ?? 'none declared'})`).join(', ')}`);
  }
  const how = (p) => (p.licence === p.declared ? '' : p.declared && p.declared !== 'UNLICENSED' ? ` (offered as ${p.declared})` : ` (its manifest says ${p.declared ?? 'nothing'}; its licence file grants this)`);
  const parts = packages.map((p) => [`${p.name} ${p.version}`, `Licence: ${p.licence}${how(p)}`, '', p.text || '(no licence file in the package)'].join('\n'));
  return `Quire includes the following third-party software.\n\n${parts.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const root = join(dirname(self), '..');
  const target = join(root, 'out', 'THIRD-PARTY-NOTICES.txt');
  try {
    const packages = productionPackages(root);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, noticesText(packages));
    process.stdout.write(`Quire: ${packages.length} third-party packages listed in out/THIRD-PARTY-NOTICES.txt\n`);
  } catch (err) {
    process.stderr.write(`Quire: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
