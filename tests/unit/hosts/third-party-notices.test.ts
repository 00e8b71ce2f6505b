// The licence policy of what Quire ships: an SPDX expression is taken under an accepted licence or
// refused, and the notices made from this repository's installed production packages list every
// one of them with its licence text (citeproc-js under CPAL-1.0).
import { describe, expect, it } from 'vitest';
import { bsdVariant, chooseLicence, licenceFromText, noticesText, productionPackages } from '../../../scripts/third-party-notices.js';
import { repoRoot } from '../../e2e/support/harness';

describe('licence policy', () => {
  it.each([
    ['MIT', 'MIT'],
    ['(MIT OR GPL-3.0-or-later)', 'MIT'],
    ['CPAL-1.0 OR AGPL-1.0', 'CPAL-1.0'],
    ['(MIT AND Zlib)', 'MIT AND Zlib'],
    ['GPL-3.0-only', null],
    ['(MIT AND GPL-2.0-only)', null],
    ['SEE LICENSE IN LICENSE.md', null],
    ['', null],
  ])('%s → %s', (expression, taken) => {
    expect(chooseLicence(expression)).toBe(taken);
  });

  it('reads a licence declared only as "BSD" from its text', () => {
    expect(bsdVariant('Redistributions of source code must retain the above copyright notice.')).toBe('BSD-2-Clause');
    expect(bsdVariant('Neither the name of the copyright holder nor the names of its contributors may be used')).toBe('BSD-3-Clause');
    expect(chooseLicence(bsdVariant('All advertising materials mentioning features or use of this software'))).toBeNull();
  });

  it('reads the licence a licence file grants, for a manifest that declares none or "UNLICENSED"', () => {
    expect(licenceFromText('The MIT License (MIT)\n\nPermission is hereby granted, free of charge, to any person obtaining a copy')).toBe('MIT');
    expect(licenceFromText('Apache License\nVersion 2.0, January 2004')).toBe('Apache-2.0');
    expect(licenceFromText('All rights reserved. Do not copy.')).toBeNull();
  });

  it('refuses to write notices with a package it does not accept, naming it', () => {
    expect(() => noticesText([{ name: 'left-pad-gpl', version: '1.0.0', declared: 'GPL-3.0-only', licence: null, text: '' }])).toThrow(/left-pad-gpl@1\.0\.0 \(GPL-3\.0-only\)/);
  });
});

describe("this repository's production packages", () => {
  const packages = productionPackages(repoRoot);

  it('are all accepted, each with its licence text', () => {
    expect(packages.length).toBeGreaterThan(20);
    expect(packages.filter((p) => p.licence === null)).toEqual([]);
    const citeproc = packages.find((p) => p.name === 'citeproc');
    expect(citeproc).toMatchObject({ licence: 'CPAL-1.0', declared: 'CPAL-1.0 OR AGPL-1.0' });
    expect(citeproc?.text).toMatch(/Frank Bennett/);
    // Development tools never ship.
    expect(packages.some((p) => p.name === 'vitest' || p.name === 'electron-builder')).toBe(false);
    const text = noticesText(packages);
    for (const p of packages) expect(text).toContain(`${p.name} ${p.version}`);
  });
});
