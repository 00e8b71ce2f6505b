// The yardstick for search: the bench's queries run straight against the store's FTS5 tables on
// a connection of their own, from the bare match to what the service adds (ranking, snippets),
// so the service's search figures can be read against what SQLite itself takes.
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { toMatchExpression } from '../src-main/store/index';

export interface Latency {
  label: string;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const SNIPPET = (table: string): string => `snippet(${table}, -1, '[', ']', '…', 16)`;

/** Per query: every statement of the variant, as the service runs one per table. */
const VARIANTS: { label: string; sql: string[] }[] = [
  { label: 'raw FTS5 match (articles, LIMIT 20)', sql: ['SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 20'] },
  {
    label: 'raw FTS5 ranked (articles + claims + notes, bm25)',
    sql: ['articles_fts', 'claims_fts', 'notes_fts'].map((t) => `SELECT rowid FROM ${t} WHERE ${t} MATCH ? ORDER BY rank LIMIT 20`),
  },
  {
    label: 'raw FTS5 ranked + snippet()',
    sql: ['articles_fts', 'claims_fts', 'notes_fts'].map((t) => `SELECT rowid, ${SNIPPET(t)} FROM ${t} WHERE ${t} MATCH ? ORDER BY rank LIMIT 20`),
  },
];

/** Each variant over `queries`, after running it over `warmUp` (unmeasured). */
export function rawFtsLatencies(dbPath: string, queries: string[], warmUp: string[] = []): Latency[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return VARIANTS.map(({ label, sql }) => {
      const statements = sql.map((s) => db.prepare(s));
      for (const q of warmUp) {
        const match = toMatchExpression(q);
        if (match !== null) for (const st of statements) st.all(match);
      }
      const times: number[] = [];
      for (const q of queries) {
        const match = toMatchExpression(q);
        if (match === null) continue;
        const t0 = performance.now();
        for (const st of statements) st.all(match);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { label, p50: percentile(times, 50), p95: percentile(times, 95) };
    });
  } finally {
    db.close();
  }
}
