// The files a `quire import PATH...` names: files as given, folders walked in name order with
// hidden entries skipped. A folder import stays inside the folder: a symbolic link that leads
// out of it is skipped with a line saying so (unless --follow-links), a link to a folder is
// skipped (no loops), and a name that is not valid UTF-8 is reported as such.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { fsReason, NOT_UTF8, statReason } from './files';

export interface Skipped {
  path: string;
  error: string;
}

const isInside = (root: string, target: string): boolean => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A directory entry's name as bytes, and as text when the bytes are valid UTF-8. */
function entryName(raw: Buffer): { text: string; valid: boolean } {
  const text = raw.toString('utf8');
  return { text, valid: Buffer.from(text, 'utf8').equals(raw) };
}

export function collectFiles(paths: string[], options: { followLinks?: boolean } = {}): { files: string[]; missing: Skipped[] } {
  const files: string[] = [];
  const missing: Skipped[] = [];
  const walk = (dir: string, root: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      missing.push({ path: dir, error: fsReason(err) });
      return;
    }
    const named = entries.map((entry) => ({ entry, ...entryName(entry.name) }));
    named.sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
    for (const { entry, text, valid } of named) {
      if (text.startsWith('.')) continue;
      const full = join(dir, text);
      if (!valid) {
        missing.push({ path: full, error: NOT_UTF8 });
        continue;
      }
      if (entry.isDirectory()) walk(full, root);
      else if (entry.isFile()) files.push(full);
      else if (entry.isSymbolicLink()) {
        try {
          const target = realpathSync(full);
          const info = statSync(target);
          if (info.isDirectory()) missing.push({ path: full, error: 'symbolic link to a folder, skipped' });
          else if (!isInside(root, target) && !options.followLinks) missing.push({ path: full, error: `symbolic link to ${target}, outside the folder, skipped (--follow-links imports it)` });
          else if (info.isFile()) files.push(full);
        } catch (err) {
          missing.push({ path: full, error: fsReason(err) });
        }
      }
    }
  };
  for (const path of paths) {
    try {
      const info = statSync(path);
      if (info.isDirectory()) walk(path, realpathSync(path));
      else files.push(path);
    } catch (err) {
      missing.push({ path, error: statReason(path, err) });
    }
  }
  return { files, missing };
}
