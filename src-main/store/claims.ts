// Claims: spans of an article's text. Extraction writes `origin = 'extracted'`, the analyst's
// changes set `edited = 1`. Rule for any later re-extraction: it may replace only rows with
// origin = 'extracted' AND edited = 0; nothing the analyst made or touched is overwritten.
import type { Statement } from 'better-sqlite3';
import { now, type Db } from './db';
import type { ClaimFact, ClaimRow, ClaimStatus, NewClaim } from './types';
import { documentedFact } from '../core/claims/dates';

const COLUMNS = `id, article_id AS articleId, kind, text, speaker, start_offset AS start, end_offset AS "end",
  status, origin, edited, speaker_role AS speakerRole, channel, via, said_on AS saidOnDate,
  said_precision AS saidPrecision, facts`;

type RawClaim = Omit<ClaimRow, 'edited' | 'saidOn' | 'facts'> & {
  edited: number;
  saidOnDate: string | null;
  saidPrecision: string | null;
  facts: string | null;
};

export function parseFacts(json: string | null): ClaimFact[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as ClaimFact[]) : [];
  } catch {
    return [];
  }
}

/** The said-on columns as one value (null before a date was known or before schema 4). */
export const saidOnOf = (date: string | null, precision: string | null): ClaimRow['saidOn'] =>
  date === null ? null : { date, precision: precision ?? 'unknown' };

const toRow = ({ edited, saidOnDate, saidPrecision, facts, ...raw }: RawClaim): ClaimRow => ({
  ...raw,
  edited: edited === 1,
  saidOn: saidOnOf(saidOnDate, saidPrecision),
  facts: parseFacts(facts),
});

export class ClaimsRepo {
  private insertStmt: Statement | null = null;
  private getStmt: Statement | null = null;

  constructor(private readonly db: Db) {}

  insertMany(articleId: number, claims: readonly NewClaim[]): number {
    const insert = (this.insertStmt ??= this.db.prepare(
      `INSERT INTO claims (article_id, kind, text, speaker, start_offset, end_offset, origin, status,
         speaker_role, channel, via, said_on, said_precision, facts, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ));
    const at = now();
    for (const c of claims) {
      insert.run(
        articleId,
        c.kind,
        c.text,
        c.speaker,
        c.start,
        c.end,
        c.origin ?? 'extracted',
        c.status ?? 'suggested',
        c.speakerRole ?? null,
        c.channel ?? null,
        c.via ?? null,
        c.saidOn?.date ?? null,
        c.saidOn ? c.saidOn.precision : null,
        JSON.stringify((c.facts ?? []).map(documentedFact)),
        at,
        at,
      );
    }
    return claims.length;
  }

  /** One claim; its id. */
  insert(articleId: number, claim: NewClaim): number {
    this.insertMany(articleId, [claim]);
    return Number((this.db.prepare('SELECT last_insert_rowid() AS id').get() as { id: number | bigint }).id);
  }

  /**
   * Deletes the claims a re-extraction may replace: origin 'extracted', never edited, still
   * 'suggested'. Returns how many went.
   */
  deleteReplaceable(articleId: number): number {
    return this.db
      .prepare(`DELETE FROM claims WHERE article_id = ? AND origin = 'extracted' AND edited = 0 AND status = 'suggested'`)
      .run(articleId).changes;
  }

  get(id: number): ClaimRow | undefined {
    // Prepared once: a note's citations look up one claim each.
    const raw = (this.getStmt ??= this.db.prepare(`SELECT ${COLUMNS} FROM claims WHERE id = ?`)).get(id) as RawClaim | undefined;
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
  update(
    id: number,
    change: { status?: ClaimStatus; speaker?: string | null; span?: { start: number; end: number; text: string } },
  ): boolean {
    const sets = ['edited = 1', 'updated_at = @updatedAt'];
    if (change.status !== undefined) sets.push('status = @status');
    if (change.speaker !== undefined) sets.push('speaker = @speaker');
    if (change.span !== undefined) sets.push('start_offset = @start', 'end_offset = @end', 'text = @text');
    return (
      this.db.prepare(`UPDATE claims SET ${sets.join(', ')} WHERE id = @id`).run({
        id,
        status: change.status ?? null,
        speaker: change.speaker ?? null,
        start: change.span?.start ?? null,
        end: change.span?.end ?? null,
        text: change.span?.text ?? null,
        updatedAt: now(),
      }).changes > 0
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
