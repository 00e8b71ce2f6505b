// `npm start`'s decision (scripts/start-plan.js), case by case: it runs where Electron's binary is
// present, which these machines are not, so the decision is tested on its own.
import { describe, expect, it } from 'vitest';
import { addonProblem, buildLine, startPlan, type AddonTarget } from '../../../scripts/start-plan.js';

const wanted: AddonTarget = { electron: '45.4.1', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' };
const fresh = { exists: true, builtFor: { ...wanted } };

describe('npm start', () => {
  it("without Electron's binary: one line, then the browser host instead, nothing built", () => {
    const plan = startPlan({ electronBinary: null, addon: { exists: false, builtFor: null }, wanted });
    expect(plan.kind).toBe('web');
    if (plan.kind !== 'web') return;
    expect(plan.message).toMatch(/^Quire: Electron's binary is not installed/);
    expect(plan.message).toContain('starts in your browser instead');
    expect(plan.message).not.toContain('\n');
  });

  it('builds the addon when it is missing', () => {
    expect(startPlan({ electronBinary: '/opt/electron', addon: { exists: false, builtFor: null }, wanted })).toEqual({ kind: 'electron', build: 'it has not been built yet' });
  });

  it('rebuilds an addon built for another Electron, better-sqlite3, platform or arch, or not recorded', () => {
    expect(addonProblem({ exists: true, builtFor: { ...wanted, electron: '44.0.0' } }, wanted)).toBe('it was built for Electron 44.0.0, this is Electron 45.4.1');
    expect(addonProblem({ exists: true, builtFor: { ...wanted, betterSqlite3: '12.4.0' } }, wanted)).toBe('it was built from better-sqlite3 12.4.0, node_modules has 12.11.1');
    expect(addonProblem({ exists: true, builtFor: { ...wanted, arch: 'arm64' } }, wanted)).toBe('it was built for linux-arm64, this is linux-x64');
    // One kept by an older `npm run dist`, before builds were recorded.
    expect(addonProblem({ exists: true, builtFor: null }, wanted)).toBe('nothing records what it was built for');
    const plan = startPlan({ electronBinary: '/opt/electron', addon: { exists: true, builtFor: { ...wanted, electron: '44.0.0' } }, wanted });
    expect(plan).toEqual({ kind: 'electron', build: 'it was built for Electron 44.0.0, this is Electron 45.4.1' });
  });

  it('starts at once with a fresh addon', () => {
    expect(startPlan({ electronBinary: '/opt/electron', addon: fresh, wanted })).toEqual({ kind: 'electron', build: null });
  });

  it('says in one progress line what it builds and why', () => {
    const line = buildLine(wanted, 'it has not been built yet');
    expect(line).toBe('Quire: building better-sqlite3 12.11.1 for Electron 45.4.1 into .native/electron/ (it has not been built yet; once, a minute or two)…');
  });
});
