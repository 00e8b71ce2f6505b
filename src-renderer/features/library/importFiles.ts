// Files picked or dropped → bytes → base64 → articles.import, one at a time so each failure
// (a duplicate, an unreadable file) is reported against its own file name.
import type { ImportOutcome } from '../../../src-main/api/contract/methods';
import { api, bytesToBase64, errorMessage } from '../../api/client';

export interface ImportReport {
  imported: ImportOutcome[];
  failed: { fileName: string; message: string }[];
}

export const ACCEPTED = '.txt,.md';

export async function importFiles(files: readonly File[]): Promise<ImportReport> {
  const report: ImportReport = { imported: [], failed: [] };
  for (const file of files) {
    try {
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      report.imported.push(await api.call('articles.import', { fileName: file.name, data }));
    } catch (err) {
      report.failed.push({ fileName: file.name, message: errorMessage(err) });
    }
  }
  return report;
}
