// The layering holds itself: ESLint, with the repository's own config, refuses an import that
// breaks it and accepts one that follows it. Sources are linted from memory under real paths.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The layering messages ESLint gives `code` as if it were the file at `path`. */
async function layering(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'quire/layers' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering', () => {
  it('refuses a host importing the store, in every host', async () => {
    for (const path of ['src-main/hosts/cli/commands/x.ts', 'src-main/hosts/web/x.ts', 'src-main/hosts/electron/x.ts']) {
      const depth = path.split('/').length - 2;
      const up = '../'.repeat(depth);
      const messages = await layering(path, `import { Store } from '${up}store/index';\nexport const s = Store;\n`);
      expect(messages, path).toHaveLength(1);
      expect(messages[0]).toMatch(/^src-main\/store\/index\.ts is outside what src-main\/hosts\/\w+\/\*\* may import/);
    }
  });

  it('accepts a host importing the service and the contract', async () => {
    const code = "import { dispatch } from '../../../api/service/dispatch';\nimport type { MethodName } from '../../../api/contract/methods';\nexport const m: MethodName = 'app.info';\nexport const d = dispatch;\n";
    expect(await layering('src-main/hosts/cli/commands/x.ts', code)).toEqual([]);
  });

  it('refuses dynamic imports and re-exports across a layer too', async () => {
    expect(await layering('src-main/hosts/web/x.ts', "export const open = () => import('../../store/db');\n")).toHaveLength(1);
    expect(await layering('src-main/workers/x.ts', "export { dispatch } from '../api/service/dispatch';\n")).toHaveLength(1);
    expect(await layering('src-main/core/text/x.ts', "export type { Store } from '../../store/index';\n")).toHaveLength(1);
  });

  it('keeps core free of Node, SQLite and everything above it', async () => {
    expect(await layering('src-main/core/text/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await layering('src-main/core/text/x.ts', "import { tokens } from '../claims/entities';\nexport const t = tokens;\n")).toEqual([]);
  });

  it('lets a feature use its own files, components and another feature\'s index, never its internals', async () => {
    const path = 'src-renderer/features/notebook/X.tsx';
    expect(await layering(path, "import { ExportDialog } from '../export';\nimport { shortcutLabel } from '../../components/platform';\nexport const x = [ExportDialog, shortcutLabel];\n")).toEqual([]);
    const internals = await layering(path, "import { ExportDialog } from '../export/ExportDialog';\nexport const x = ExportDialog;\n");
    expect(internals).toHaveLength(1);
    expect(internals[0]).toMatch(/never its internals/);
    // Every feature folder, by glob: one not named anywhere in the config is covered too.
    expect(await layering('src-renderer/features/brand-new/X.tsx', "import { x } from '../reader/ReaderPane';\nexport const y = x;\n")).toHaveLength(1);
    expect(await layering('src-renderer/features/brand-new/X.tsx', "import { x } from '../../../src-main/store/index';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('a folder of src-main without a layer may import nothing of the repository', async () => {
    expect(await layering('src-main/elsewhere/x.ts', "import { x } from '../core/text/anchors';\nexport const y = x;\n")).toHaveLength(1);
  });
});
