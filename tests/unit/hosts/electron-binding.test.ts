// The packaged app never loads a native module named by the environment; development does.
import { describe, expect, it } from 'vitest';
import { sqliteBinding } from '../../../src-main/hosts/electron/binding';

describe('the Electron host loads better-sqlite3', () => {
  const env = { QUIRE_SQLITE_BINDING: '/home/someone/evil.node' };

  it('packaged: only its own unpacked addon, whatever QUIRE_SQLITE_BINDING says', () => {
    expect(sqliteBinding(true, env)).toBeUndefined();
    expect(sqliteBinding(true, {})).toBeUndefined();
  });

  it('in development: the Electron build QUIRE_SQLITE_BINDING names, else its own', () => {
    expect(sqliteBinding(false, env)).toBe('/home/someone/evil.node');
    expect(sqliteBinding(false, { QUIRE_SQLITE_BINDING: '' })).toBeUndefined();
    expect(sqliteBinding(false, {})).toBeUndefined();
  });
});
