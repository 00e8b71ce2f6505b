// The preload as `npm run build` emitted it (the e2e run builds first): the same checks as the
// bundled source in tests/unit/hosts/preload.test.ts, on the file Electron would load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { checkPreload } from '../support/preload-check';
import { repoRoot } from './support/harness';

describe('built preload', () => {
  it('out/preload/index.cjs exposes exactly the contract methods over the one channel', () => {
    checkPreload(readFileSync(join(repoRoot, 'out', 'preload', 'index.cjs'), 'utf8'));
  });
});
