// Files the CLI reads and writes: regular files only, folders walked in name order, and exports
// written atomically (a temporary file and a rename).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

/**
 * Node hands over a command-line argument that is not valid UTF-8 with U+FFFD in place of the
 * bad bytes, so such a name never matches the file it named.
 */
export const NOT_UTF8 = 'the file name is not valid UTF-8; rename the file to import it';

/** Why `path` cannot be stat'ed, in words: a name Node had to mangle says so. */
export function statReason(path: string, err: unknown): string {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && path.includes('\uFFFD')) return NOT_UTF8;
  return fsReason(err);
}

/** Reads a regular file, or throws a CliError saying why not (without the path). */
export function readRegularFile(path: string): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw new CliError(statReason(path, err));
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
