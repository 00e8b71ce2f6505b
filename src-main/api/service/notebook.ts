// Notes: create, save (content → text, citations, links in one transaction), read back with
// resolved citations, links and backlinks; Markdown import. Export lives in export.ts.
import { createHash } from 'node:crypto';
import { citationTarget, type CitationRef, type CitationView, type Note, type NoteRef, type NoteSummary, type NoteVersion, type SavedNote } from '../contract/methods';
import { NOTE_LINK_TYPE, parseLexicalRoot, parseNoteContent, type LexicalJsonNode } from '../../core/notes/lexical-json';
import { sentenceAroundLink } from '../../core/notes/link-sentence';
import { quoteContext } from '../../core/export/quote-context';
import { markdownToNoteContent } from '../../core/notes/markdown-import';
import type { NoteContentFacts } from '../../core/notes/types';
import type { ArticleWithText, CitationRow, NewCitation, Store } from '../../store/index';
import type { NoteVersionRow } from '../../store/notes';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { EMPTY_NOTE_CONTENT } from './text';
import { cleanNoteContent } from './note-content';

const isSqliteError = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && String((err as { code?: unknown }).code ?? '').startsWith('SQLITE');

function parseContent(content: string): NoteContentFacts {
  try {
    return parseNoteContent(content);
  } catch (err) {
    throw new QuireError('bad_request', err instanceof Error ? err.message : String(err));
  }
}

const refOf = (row: CitationRow): CitationRef =>
  row.kind === 'claim'
    ? { kind: 'claim', claimId: row.targetId }
    : { kind: 'article', articleId: row.targetId, start: row.start ?? 0, end: row.end ?? 0 };

/**
 * The sentence around the first link to `to` in a note's Lexical tree: the text of the block
 * holding the link (links shown by their current title), cut to the sentence around it.
 */
export function linkSentence(root: LexicalJsonNode, to: number, titleOf: (id: number) => string | null): string {
  return sentenceAroundLink(root, (node) =>
    node.type === NOTE_LINK_TYPE
      ? { text: titleOf(Number(node.noteId)) ?? (typeof node.title === 'string' ? node.title : ''), target: node.noteId === to }
      : null,
  );
}

/** A note's periodic snapshot is taken at most this often while it is being edited. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;

const versionOf = (v: NoteVersionRow): NoteVersion => ({
  id: v.id,
  noteId: v.noteId,
  title: v.title,
  createdAt: v.createdAt,
  reason: v.reason,
  text: v.text,
});

export class Notebook {
  constructor(
    private readonly store: Store,
    private readonly snapshotEveryMs = SNAPSHOT_EVERY_MS,
  ) {}

  /**
   * Resolves a note's saved citations against the store, one view per distinct target, each with
   * the sentence around its quote where `withContext` says so (every one by default).
   */
  citationViews(noteId: number, withContext: (target: string) => boolean = () => true): CitationView[] {
    const articles = new Map<number, ArticleWithText | undefined>();
    const article = (id: number | null): ArticleWithText | undefined => {
      if (id === null) return undefined;
      if (!articles.has(id)) articles.set(id, this.store.articles.getWithText(id));
      return articles.get(id);
    };
    const views: CitationView[] = [];
    const seen = new Set<string>();
    for (const row of this.store.notes.citations(noteId)) {
      const ref = refOf(row);
      const target = citationTarget(ref);
      if (seen.has(target)) continue;
      seen.add(target);
      let current: string | null = null;
      let speaker: string | null = null;
      let source: ArticleWithText | undefined;
      let span: [number, number] | null = null;
      if (ref.kind === 'claim') {
        const claim = row.claimId === null ? undefined : this.store.claims.get(row.claimId);
        source = claim ? article(claim.articleId) : undefined;
        if (claim && source && source.text.slice(claim.start, claim.end) === claim.text) {
          current = claim.text;
          span = [claim.start, claim.end];
        }
        speaker = claim?.speaker ?? null;
      } else {
        source = article(row.articleId);
        if (source && ref.end <= source.text.length) {
          current = source.text.slice(ref.start, ref.end);
          span = [ref.start, ref.end];
        }
      }
      const broken = current === null || row.quote !== current;
      const context = !broken && source && span && withContext(target) ? quoteContext(source.text, span[0], span[1]) : undefined;
      views.push({
        id: row.id,
        target,
        ref,
        quote: broken ? row.quote : current,
        speaker,
        articleId: source?.id ?? null,
        articleTitle: source?.title ?? null,
        outlet: source?.outlet ?? null,
        published: source?.published ?? null,
        broken,
        ...(context ? { context } : {}),
      });
    }
    return views;
  }

  get(id: number): Note {
    const row = this.store.notes.get(id);
    if (!row) throw notFound('note', id);
    return { ...this.view(row, () => true), content: row.content, text: row.text };
  }

  /** A stored note without content and text: citations checked (with context where asked), links, backlinks. */
  private view(row: NoteSummary, withContext: (target: string) => boolean): Omit<Note, 'content' | 'text'> {
    const refs = (rows: NoteRef[]): NoteRef[] => rows.map((r) => ({ id: r.id, title: r.title }));
    return {
      id: row.id,
      title: row.title,
      updatedAt: row.updatedAt,
      citations: this.citationViews(row.id, withContext),
      links: refs(this.store.notes.links(row.id)),
      backlinks: refs(this.store.notes.backlinks(row.id)),
    };
  }

  /** The sentence of note `from` around its (first) link to note `to`; '' when not found. */
  linkContext(from: number, to: number): string {
    const row = this.store.notes.get(from);
    if (!row) return '';
    try {
      return linkSentence(parseLexicalRoot(row.content), to, (id) => this.store.notes.get(id)?.title ?? null);
    } catch {
      return '';
    }
  }

  /** Notes linking to `id`, each with the sentence around its link. */
  backlinks(id: number): NoteRef[] {
    if (!this.store.notes.exists(id)) throw notFound('note', id);
    return this.store.notes.backlinks(id).map((r) => ({ id: r.id, title: r.title, context: this.linkContext(r.id, id) }));
  }

  list(): NoteSummary[] {
    return this.store.notes.list();
  }

  create(title: string): Note {
    const id = this.store.transaction(() => this.store.notes.create(title, EMPTY_NOTE_CONTENT).id);
    return this.get(id);
  }

  /** Stores content and its plain text, and replaces the note's citations and links. */
  /**
   * Stores a note; answers it without content and text (the editor holds them), with the context
   * of new citations only (the editor already has the others'), and without the citations at all
   * when their checks match `knownCitations`: autosave sends this back every second.
   */
  save(id: number, title: string, sent: string, knownCitations?: string): SavedNote {
    const content = cleanNoteContent(sent);
    const facts = parseContent(content);
    let before = new Set<string>();
    this.store.transaction(() => {
      if (!this.store.notes.exists(id)) throw notFound('note', id);
      // A target that is gone keeps the quote it had, so the citation shows as broken, not empty.
      const previous = new Map(this.store.notes.citations(id).map((r) => [citationTarget(refOf(r)), r.quote]));
      before = new Set(previous.keys());
      const citations: NewCitation[] = [];
      const seen = new Set<string>();
      for (const ref of facts.citations) {
        const target = citationTarget(ref);
        if (seen.has(target)) continue;
        seen.add(target);
        citations.push(this.resolveForSave(ref, previous.get(target) ?? null));
      }
      const links = facts.links.filter((to) => to !== id && this.store.notes.exists(to));
      this.store.notes.save(id, { title, content, text: facts.text }, citations, links);
      // entities (#4): links to entities merged away follow them; links to deleted ones are dropped.
      this.store.entities.setNoteLinks(id, [...new Set(facts.entityLinks.flatMap((e) => this.store.entities.resolveId(e) ?? []))]);
      // The periodic snapshot: the saved state, when the last one is older than the interval.
      const last = this.store.notes.latestVersion(id);
      if (!last || Date.now() - Date.parse(last.createdAt) >= this.snapshotEveryMs) this.store.notes.addVersion(id, 'auto');
    });
    // The answer needs no content: a long note's would be read back on every autosave.
    const row = this.store.notes.summary(id);
    if (!row) throw notFound('note', id);
    const { citations, ...saved } = this.view(row, (target) => !before.has(target));
    // Over what a check says, not the rows' ids (a save writes them anew) nor the context.
    const checks = citations.map(({ id: _id, context: _context, ...check }) => check);
    const citationsDigest = createHash('sha256').update(JSON.stringify(checks)).digest('hex').slice(0, 32);
    return citationsDigest === knownCitations ? { ...saved, citationsDigest } : { ...saved, citations, citationsDigest };
  }

  history(id: number): NoteVersion[] {
    if (!this.store.notes.exists(id)) throw notFound('note', id);
    return this.store.notes.versions(id).map(versionOf);
  }

  snapshot(id: number): NoteVersion {
    return this.store.transaction(() => {
      const v = this.store.notes.addVersion(id, 'manual');
      if (!v) throw notFound('note', id);
      return versionOf(v);
    });
  }

  /** Restores a version: the current state is kept as a version first, the restore is one too. */
  restore(id: number, versionId: number): Note {
    this.store.transaction(() => {
      const note = this.store.notes.get(id);
      if (!note) throw notFound('note', id);
      const version = this.store.notes.version(versionId);
      if (!version || version.noteId !== id) throw notFound('version', versionId);
      const last = this.store.notes.latestVersion(id);
      if (!last || last.content !== note.content || last.title !== note.title) this.store.notes.addVersion(id, 'before-restore');
      this.save(id, version.title, version.content);
      this.store.notes.addVersion(id, 'restore');
    });
    return this.get(id);
  }

  private resolveForSave(ref: CitationRef, previousQuote: string | null): NewCitation {
    if (ref.kind === 'claim') {
      const claim = this.store.claims.get(ref.claimId);
      return {
        kind: 'claim',
        targetId: ref.claimId,
        claimId: claim ? claim.id : null,
        articleId: null,
        start: null,
        end: null,
        quote: claim ? claim.text : previousQuote,
      };
    }
    const text = this.store.articles.text(ref.articleId);
    const inRange = text !== undefined && ref.end <= text.length;
    return {
      kind: 'article',
      targetId: ref.articleId,
      claimId: null,
      articleId: text === undefined ? null : ref.articleId,
      start: ref.start,
      end: ref.end,
      quote: inRange ? text.slice(ref.start, ref.end) : previousQuote,
    };
  }

  delete(id: number): { deleted: number } {
    return this.store.transaction(() => {
      if (!this.store.notes.delete(id)) throw notFound('note', id);
      return { deleted: id };
    });
  }

  /**
   * Markdown → a new note, in one transaction: `[[Title]]` links to the note of that title,
   * created empty when there is none. Returns the note and how many notes were created.
   */
  importMarkdown(markdown: string, title?: string): { note: Note; created: number } {
    const { id, created } = this.store.transaction(() => {
      let created = 0;
      const linkTarget = (linked: string): number => {
        const existing = this.store.notes.findByTitle(linked);
        if (existing) return existing.id;
        created += 1;
        return this.store.notes.create(linked.slice(0, 300), EMPTY_NOTE_CONTENT).id;
      };
      let converted: { title: string | null; content: string };
      try {
        converted = markdownToNoteContent(markdown, linkTarget, {
          articleLength: (articleId) => this.store.articles.get(articleId)?.chars ?? null,
        });
      } catch (err) {
        if (err instanceof QuireError || isSqliteError(err)) throw err;
        throw new QuireError('bad_request', err instanceof Error ? err.message : String(err));
      }
      const noteTitle = (title ?? converted.title ?? '').trim().slice(0, 300) || 'Imported note';
      // A stub of that title (made empty by an earlier link to it) is filled, not duplicated.
      const stub = this.stubTitled(noteTitle);
      const id = stub ?? this.store.notes.create(noteTitle, EMPTY_NOTE_CONTENT).id;
      if (stub === undefined) created += 1;
      this.save(id, noteTitle, converted.content);
      return { id, created };
    });
    return { note: this.get(id), created };
  }

  /** The id of an empty note with this title (any case), if there is one. */
  private stubTitled(title: string): number | undefined {
    const found = this.store.notes.findByTitle(title);
    const row = found ? this.store.notes.get(found.id) : undefined;
    return row && row.text.trim() === '' ? row.id : undefined;
  }

  /**
   * A folder of Markdown notes (an Obsidian vault): each file is a note titled by its file name,
   * and their [[links]] resolve among themselves — every note exists (or its stub is reused)
   * before any is converted. All or nothing, in one transaction.
   */
  importFolder(files: readonly { name: string; markdown: string }[]): { notes: Note[]; created: number } {
    const titleOf = (name: string): string => (name.split(/[\\/]/).pop() ?? name).replace(/\.(?:md|markdown)$/i, '').trim().slice(0, 300) || 'Imported note';
    const { ids, created } = this.store.transaction(() => {
      let made = 0;
      for (const f of files) {
        const t = titleOf(f.name);
        if (!this.store.notes.findByTitle(t)) {
          this.store.notes.create(t, EMPTY_NOTE_CONTENT);
          made += 1;
        }
      }
      const out: number[] = [];
      for (const f of files) {
        const r = this.importMarkdown(f.markdown, titleOf(f.name));
        made += r.created;
        out.push(r.note.id);
      }
      return { ids: out, created: made };
    });
    return { notes: ids.map((id) => this.get(id)), created };
  }
}

export function notebookMethods(notebook: Notebook) {
  return {
    'notes.list': (): NoteSummary[] => notebook.list(),
    'notes.get': ({ id }: ServiceInput<'notes.get'>): Note => notebook.get(id),
    'notes.backlinks': ({ id }: ServiceInput<'notes.backlinks'>): NoteRef[] => notebook.backlinks(id),
    'notes.history': ({ id }: ServiceInput<'notes.history'>): NoteVersion[] => notebook.history(id),
    'notes.snapshot': ({ id }: ServiceInput<'notes.snapshot'>): NoteVersion => notebook.snapshot(id),
    'notes.restore': ({ id, versionId }: ServiceInput<'notes.restore'>): Note => notebook.restore(id, versionId),
    'notes.create': ({ title }: ServiceInput<'notes.create'>): Note => notebook.create(title),
    'notes.save': ({ id, title, content, knownCitations }: ServiceInput<'notes.save'>): SavedNote => notebook.save(id, title, content, knownCitations),
    'notes.delete': ({ id }: ServiceInput<'notes.delete'>): { deleted: number } => notebook.delete(id),
    'notes.importMarkdown': ({ markdown, title }: ServiceInput<'notes.importMarkdown'>): Note =>
      notebook.importMarkdown(markdown, title).note,
    'notes.importFolder': ({ files }: ServiceInput<'notes.importFolder'>): { notes: NoteSummary[]; created: number } => {
      const r = notebook.importFolder(files);
      return { notes: r.notes.map((n) => ({ id: n.id, title: n.title, updatedAt: n.updatedAt })), created: r.created };
    },
  };
}
