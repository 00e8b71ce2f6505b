// Without Electron's binary: `npm run dist` stops with one clear message (exit 1, no stack trace)
// and `npm start` says so in one line and starts the browser host instead; electron-builder.yml passes electron-builder's own validation; the
// icons exist at their sizes; the Node build of better-sqlite3 survives a rebuild for Electron.
import { spawn, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { buildSync } from 'esbuild';
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preserveNodeBinding } from '../../scripts/native-abi.js';

const repo = resolve(import.meta.dirname, '..', '..');
let noElectron: string;

beforeAll(() => {
  // An empty folder as Electron's dist: the binary is "missing" even where it is installed.
  noElectron = mkdtempSync(join(tmpdir(), 'quire-no-electron-'));
});
afterAll(() => rmSync(noElectron, { recursive: true, force: true }));

function runScript(script: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', script)], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('without Electron binary', () => {
  it('`npm run dist` (scripts/dist.js) stops with exit 1 and one clear message', () => {
    const r = runScript('dist.js');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Quire: `npm run dist` needs Electron's binary, which is not installed/);
    expect(r.stderr).toContain('npx install-electron');
    expect(r.stderr).toContain('npm run start:web');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at\s|Error:/m);
    expect(existsSync(join(repo, 'release'))).toBe(false);
  });

  it('`npm start` (scripts/start-electron.js) says so in one line and starts Quire in the browser host', { timeout: 180_000 }, async () => {
    const db = join(noElectron, 'start.sqlite');
    const child = spawn(process.execPath, [join(repo, 'scripts', 'start-electron.js'), '--db', db, '--port', '0'], {
      cwd: repo,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setInterval(() => {
          const m = /Quire is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stdout);
          if (m?.[1]) {
            clearInterval(timer);
            done(m[1]);
          }
        }, 100);
        child.on('exit', (code) => {
          clearInterval(timer);
          fail(new Error(`npm start exited ${code}: ${stderr}`));
        });
      });
      expect(stderr).toMatch(/^Quire: Electron's binary is not installed.*starts in your browser instead/);
      expect(stderr).not.toMatch(/^\s+at\s|Error:/m);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(existsSync(db)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const config = await getConfig(repo, join(repo, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is refused when it has an option electron-builder does not know (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-eb-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
      writeFileSync(join(dir, 'bad.yml'), `${readFileSync(join(repo, 'electron-builder.yml'), 'utf8')}\nasarUnpackk: '**/*.node'\n`);
      const config = await getConfig(dir, join(dir, 'bad.yml'), null);
      await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/asarUnpackk/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the app, packs every platform and keeps the native addon out of the archive', async () => {
    const config = await getConfig(repo, join(repo, 'electron-builder.yml'), null);
    expect(config.appId).toBe('org.quire.app');
    expect(config.productName).toBe('Quire');
    const targets = (t: unknown): string[] => (Array.isArray(t) ? t.map(String) : []);
    // The deb first: it sets up AppArmor for the sandbox itself; the AppImage cannot.
    expect(targets(config.linux?.target)).toEqual(['deb', 'AppImage']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    const unpack = [config.asarUnpack ?? []].flat();
    expect(unpack.some((p) => minimatch('node_modules/better-sqlite3/build/Release/better_sqlite3.node', p))).toBe(true);
    expect(unpack.some((p) => minimatch('out/main/index.js', p))).toBe(false);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeCliInspectArguments: false });
  });

  it('packs the built app, never the sources or tests', async () => {
    const config = await getConfig(repo, join(repo, 'electron-builder.yml'), null);
    // getConfig normalises `files` to [{ filter: [...] }].
    const patterns = [config.files ?? []].flat().flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry?.filter ?? []].flat()));
    const packed = (path: string): boolean => {
      let included = false;
      for (const p of patterns) {
        if (p.startsWith('!')) {
          if (minimatch(path, p.slice(1), { dot: true })) included = false;
        } else if (minimatch(path, p, { dot: true })) included = true;
      }
      return included;
    };
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) expect(packed(path), path).toBe(true);
    for (const path of ['src-main/hosts/electron/main.ts', 'src-renderer/App.tsx', 'tests/e2e/xss.test.ts', 'bench/run.ts', 'out/bench/run.js', 'out/main/index.js.map', 'scripts/dist.js']) {
      expect(packed(path), path).toBe(false);
    }
  });

  it('everything the main process and its workers import at run time is a production dependency (so it is packed)', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const result = buildSync({
      entryPoints: [join(repo, 'src-main', 'hosts', 'electron', 'main.ts'), join(repo, 'src-main', 'workers', 'ingest-worker.ts'), join(repo, 'src-main', 'workers', 'search-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      metafile: true,
      write: false,
      outdir: join(tmpdir(), 'quire-deps-probe'),
      logLevel: 'silent',
    });
    const external = new Set(
      Object.values(result.metafile.outputs)
        .flatMap((o) => o.imports)
        .filter((i) => i.external)
        .map((i) => i.path),
    );
    const packageOf = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    const builtin = new Set(builtinModules);
    const missing = [...external].filter((spec) => !spec.startsWith('node:') && !builtin.has(spec) && spec !== 'electron' && !(packageOf(spec) in pkg.dependencies));
    expect(external.has('better-sqlite3')).toBe(true);
    expect(missing).toEqual([]);
  });

  it('has the icons it names, at their sizes', () => {
    const size = (file: string): [number, number] => {
      const png = readFileSync(join(repo, file));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('resources/icon.png')).toEqual([512, 512]);
    expect(size('resources/icons/512x512.png')).toEqual([512, 512]);
    expect(size('resources/icons/256x256.png')).toEqual([256, 256]);
  });
});

describe('the two builds of better-sqlite3 stay apart', () => {
  it('a rebuild for Electron is kept aside and the Node build is put back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-abi-'));
    try {
      const file = join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
      const keep = join(dir, '.native', 'electron', 'better_sqlite3.node');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'node-abi build');
      const restore = preserveNodeBinding(file, keep);
      writeFileSync(file, 'electron-abi build'); // what electron-builder's npmRebuild does
      expect(restore()).toEqual({ rebuilt: true, kept: keep });
      expect(readFileSync(file, 'utf8')).toBe('node-abi build');
      expect(readFileSync(keep, 'utf8')).toBe('electron-abi build');
      expect(restore()).toEqual({ rebuilt: true, kept: keep }); // idempotent
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nothing is kept when nothing was rebuilt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-abi-'));
    try {
      const file = join(dir, 'better_sqlite3.node');
      const keep = join(dir, 'kept', 'better_sqlite3.node');
      writeFileSync(file, 'node-abi build');
      expect(preserveNodeBinding(file, keep)()).toEqual({ rebuilt: false, kept: null });
      expect(existsSync(keep)).toBe(false);
      expect(readFileSync(file, 'utf8')).toBe('node-abi build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm test and npm ci never involve Electron: no install hook, no test script rebuilds for Electron', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const hook of ['install', 'preinstall', 'postinstall', 'prepare']) expect(pkg.scripts[hook], hook).toBeUndefined();
    for (const name of ['test', 'test:unit', 'test:integration', 'test:e2e']) expect(pkg.scripts[name]).not.toMatch(/electron-builder|electron-rebuild|install-app-deps|dist/);
  });
});
