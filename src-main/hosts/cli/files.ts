// Files the CLI reads and writes: regular files only, folders walked in name order, and exports
// written atomically (a temporary file and a rename).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_IMPORT_BYTES, tooLargeMessage, type ExportedFile } from '../../api/contract/methods';
import { CliError, type Context, type Parsed } from './command';

/** The bytes of an exported file, whichever encoding it travelled in. */
export const fileBytes = (file: ExportedFile): string | Uint8Array => (file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);

/** Why a file operation failed, in words (without the path). */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Reads a regular file, or throws a CliError saying why not (without the path). */
export function readRegularFile(path: string): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw new CliError(fsReason(err));
  }
  if (info.isDirectory()) throw new CliError('is a directory');
  if (!info.isFile()) throw new CliError('is not a regular file');
  if (info.size > MAX_IMPORT_BYTES) throw new CliError(tooLargeMessage(info.size));
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(fsReason(err));
  }
}

/** Reads a regular file for the service, or throws a CliError naming it. */
export function readInputFile(path: string): Buffer {
  try {
    return readRegularFile(path);
  } catch (err) {
    throw new CliError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const fileInput = (path: string): { fileName: string; data: string } => ({
  fileName: basename(path),
  data: readInputFile(path).toString('base64'),
});

/** Files under the given paths, folders recursed in name order, hidden entries skipped. */
export function collectFiles(paths: string[]): { files: string[]; missing: { path: string; error: string }[] } {
  const files: string[] = [];
  const missing: { path: string; error: string }[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      missing.push({ path: dir, error: fsReason(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(full);
      else if (entry.isSymbolicLink()) {
        try {
          const info = statSync(full);
          if (info.isFile()) files.push(full);
          else if (info.isDirectory()) missing.push({ path: full, error: 'symbolic link to a folder, skipped' });
        } catch (err) {
          missing.push({ path: full, error: fsReason(err) });
        }
      }
    }
  };
  for (const path of paths) {
    try {
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else files.push(path);
    } catch (err) {
      missing.push({ path, error: fsReason(err) });
    }
  }
  return { files, missing };
}

/** Writes via a temporary file in the same folder and a rename: never a partial file. */
export function writeAtomically(target: string, content: string | Uint8Array): void {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeFileSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      /* nothing was created */
    }
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === 'ENOENT'
        ? `folder ${dir} does not exist`
        : code === 'ENOTDIR'
          ? `${dir} is not a folder`
          : code === 'EACCES' || code === 'EPERM'
            ? `permission denied in ${dir}`
            : code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST'
              ? 'a folder of that name exists'
              : fsReason(err);
    throw new CliError(`cannot write ${target}: ${why}`);
  }
}

/** An exported text file: to --out FILE (atomically) when given, else to stdout as it is. */
export async function writeOrPrint(ctx: Context, p: Parsed, file: ExportedFile): Promise<void> {
  if (p.flags.out === undefined || p.flags.out === '') {
    process.stdout.write(file.content);
    return;
  }
  const target = resolve(p.flags.out);
  writeAtomically(target, fileBytes(file));
  ctx.out({ path: target }, () => target);
}
