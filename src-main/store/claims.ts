// Claims: spans of an article's text. Extraction writes `origin = 'extracted'`, the analyst's
// changes set `edited = 1`. Rule for any later re-extraction: it may replace only rows with
// origin = 'extracted' AND edited = 0; nothing the analyst made or touched is overwritten.
import type { Statement } from 'better-sqlite3';
import { now, type Db } from './db';
import type { ClaimRow, ClaimStatus, NewClaim } from './types';

const COLUMNS = `id, article_id AS articleId, kind, text, speaker, start_offset AS start, end_offset AS "end",
  status, origin, edited`;

type RawClaim = Omit<ClaimRow, 'edited'> & { edited: number };
const toRow = (raw: RawClaim): ClaimRow => ({ ...raw, edited: raw.edited === 1 });

export class ClaimsRepo {
  private insertStmt: Statement | null = null;

  constructor(private readonly db: Db) {}

  insertMany(articleId: number, claims: readonly NewClaim[]): number {
    const insert = (this.insertStmt ??= this.db.prepare(
      `INSERT INTO claims (article_id, kind, text, speaker, start_offset, end_offset, origin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ));
    const at = now();
    for (const c of claims) insert.run(articleId, c.kind, c.text, c.speaker, c.start, c.end, c.origin ?? 'extracted', at, at);
    return claims.length;
  }

  get(id: number): ClaimRow | undefined {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM claims WHERE id = ?`).get(id) as RawClaim | undefined;
    return raw ? toRow(raw) : undefined;
  }

  /** Ordered by article, then position in the article. */
  list(articleId?: number): ClaimRow[] {
    const rows =
      articleId === undefined
        ? this.db.prepare(`SELECT ${COLUMNS} FROM claims ORDER BY article_id, start_offset, end_offset, id`).all()
        : this.db.prepare(`SELECT ${COLUMNS} FROM claims WHERE article_id = ? ORDER BY start_offset, end_offset, id`).all(articleId);
    return (rows as RawClaim[]).map(toRow);
  }

  /** The analyst's change: marks the claim edited so re-extraction leaves it alone. */
  update(id: number, change: { status?: ClaimStatus; speaker?: string | null }): boolean {
    const sets = ['edited = 1', 'updated_at = @updatedAt'];
    if (change.status !== undefined) sets.push('status = @status');
    if (change.speaker !== undefined) sets.push('speaker = @speaker');
    return (
      this.db
        .prepare(`UPDATE claims SET ${sets.join(', ')} WHERE id = @id`)
        .run({ id, status: change.status ?? null, speaker: change.speaker ?? null, updatedAt: now() }).changes > 0
    );
  }

  /** Claims whose text equals, or else contains, `words` (exact characters). */
  findByText(words: string): ClaimRow[] {
    const exact = this.db.prepare(`SELECT ${COLUMNS} FROM claims WHERE text = ? ORDER BY id`).all(words) as RawClaim[];
    if (exact.length) return exact.map(toRow);
    const containing = this.db
      .prepare(`SELECT ${COLUMNS} FROM claims WHERE instr(text, ?) > 0 ORDER BY length(text), id`)
      .all(words) as RawClaim[];
    return containing.map(toRow);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  }
}
