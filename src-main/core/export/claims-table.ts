// Claims for other tools: one row per claim with its speaker, status and source, as CSV or JSON.

export interface ClaimRecord {
  id: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  /** The article's publication date: claims carry no date of their own. */
  published: string | null;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  status: 'suggested' | 'confirmed' | 'rejected';
  start: number;
  end: number;
  text: string;
}

const COLUMNS: (keyof ClaimRecord)[] = ['id', 'articleId', 'articleTitle', 'outlet', 'published', 'kind', 'speaker', 'status', 'start', 'end', 'text'];

/**
 * One CSV field (RFC 4180). A leading = + - @ is prefixed with a quote mark so a spreadsheet
 * opening the file never runs article text as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsCsv(records: readonly ClaimRecord[]): string {
  const lines = [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function claimsJson(records: readonly ClaimRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
