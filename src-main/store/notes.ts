// Notes with their citations and links. A citation keeps its target id and the quote it had
// when saved, so it can be shown as broken once the target is deleted or no longer matches.
import { now, type Db } from './db';
import type { CitationRow, NewCitation, NoteRefRow, NoteRow } from './types';

export type NoteVersionReason = 'auto' | 'manual' | 'before-restore' | 'restore';

/** One snapshot of a note (note_versions, schema 3). */
export interface NoteVersionRow {
  id: number;
  noteId: number;
  title: string;
  content: string;
  text: string;
  reason: NoteVersionReason;
  createdAt: string;
}

const VERSION_COLUMNS = 'id, note_id AS noteId, title, content, text, reason, created_at AS createdAt';

const COLUMNS = 'id, title, content, text, created_at AS createdAt, updated_at AS updatedAt';
const CITATION_COLUMNS = `id, note_id AS noteId, position, kind, target_id AS targetId, claim_id AS claimId,
  article_id AS articleId, start_offset AS start, end_offset AS "end", quote`;

export class NotesRepo {
  constructor(private readonly db: Db) {}

  create(title: string, content: string, text = ''): NoteRow {
    const at = now();
    const info = this.db
      .prepare('INSERT INTO notes (title, content, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(title, content, text, at, at);
    const row = this.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('note vanished after insert');
    return row;
  }

  get(id: number): NoteRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
  }

  /** A note's id, title and time, without its content. */
  summary(id: number): Pick<NoteRow, 'id' | 'title' | 'updatedAt'> | undefined {
    return this.db.prepare('SELECT id, title, updated_at AS updatedAt FROM notes WHERE id = ?').get(id) as Pick<NoteRow, 'id' | 'title' | 'updatedAt'> | undefined;
  }

  exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM notes WHERE id = ?').get(id) !== undefined;
  }

  /** Most recently updated first. */
  list(): Pick<NoteRow, 'id' | 'title' | 'updatedAt'>[] {
    return this.db
      .prepare('SELECT id, title, updated_at AS updatedAt FROM notes ORDER BY updated_at DESC, id DESC')
      .all() as Pick<NoteRow, 'id' | 'title' | 'updatedAt'>[];
  }

  /** A note with exactly this title, else one whose title matches ignoring case. */
  findByTitle(title: string): NoteRefRow | undefined {
    return (this.db.prepare('SELECT id, title FROM notes WHERE title = ? ORDER BY id LIMIT 1').get(title) ??
      this.db.prepare('SELECT id, title FROM notes WHERE lower(title) = lower(?) ORDER BY id LIMIT 1').get(title)) as
      | NoteRefRow
      | undefined;
  }

  /** Stores content and text and replaces the note's citations and links (call inside a transaction). */
  save(id: number, fields: { title: string; content: string; text: string }, citations: readonly NewCitation[], links: readonly number[]): boolean {
    const changed = this.db
      .prepare('UPDATE notes SET title = ?, content = ?, text = ?, updated_at = ? WHERE id = ?')
      .run(fields.title, fields.content, fields.text, now(), id).changes;
    if (changed === 0) return false;
    this.db.prepare('DELETE FROM citations WHERE note_id = ?').run(id);
    const insertCitation = this.db.prepare(
      `INSERT INTO citations (note_id, position, kind, target_id, claim_id, article_id, start_offset, end_offset, quote)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    citations.forEach((c, position) =>
      insertCitation.run(id, position, c.kind, c.targetId, c.claimId, c.articleId, c.start, c.end, c.quote),
    );
    this.db.prepare('DELETE FROM note_links WHERE from_note = ?').run(id);
    const insertLink = this.db.prepare('INSERT OR IGNORE INTO note_links (from_note, to_note) VALUES (?, ?)');
    for (const to of links) insertLink.run(id, to);
    return true;
  }

  citations(noteId: number): CitationRow[] {
    return this.db
      .prepare(`SELECT ${CITATION_COLUMNS} FROM citations WHERE note_id = ? ORDER BY position`)
      .all(noteId) as CitationRow[];
  }

  links(noteId: number): NoteRefRow[] {
    return this.db
      .prepare('SELECT n.id, n.title FROM note_links l JOIN notes n ON n.id = l.to_note WHERE l.from_note = ? ORDER BY n.title, n.id')
      .all(noteId) as NoteRefRow[];
  }

  backlinks(noteId: number): NoteRefRow[] {
    return this.db
      .prepare('SELECT n.id, n.title FROM note_links l JOIN notes n ON n.id = l.from_note WHERE l.to_note = ? ORDER BY n.title, n.id')
      .all(noteId) as NoteRefRow[];
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM notes WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  }

  /** Snapshots the note as stored now (call inside a transaction). */
  addVersion(noteId: number, reason: NoteVersionReason): NoteVersionRow | undefined {
    const note = this.get(noteId);
    if (!note) return undefined;
    const info = this.db
      .prepare('INSERT INTO note_versions (note_id, title, content, text, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(noteId, note.title, note.content, note.text, reason, now());
    return this.version(Number(info.lastInsertRowid));
  }

  version(id: number): NoteVersionRow | undefined {
    return this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM note_versions WHERE id = ?`).get(id) as NoteVersionRow | undefined;
  }

  latestVersion(noteId: number): NoteVersionRow | undefined {
    return this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM note_versions WHERE note_id = ? ORDER BY id DESC LIMIT 1`)
      .get(noteId) as NoteVersionRow | undefined;
  }

  /** Newest first. */
  versions(noteId: number): NoteVersionRow[] {
    return this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM note_versions WHERE note_id = ? ORDER BY id DESC`)
      .all(noteId) as NoteVersionRow[];
  }
}
