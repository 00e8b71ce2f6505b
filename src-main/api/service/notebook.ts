// Notes: create, save (content → text, citations, links in one transaction), read back with
// resolved citations, links and backlinks; Markdown import. Export lives in export.ts.
import { citationTarget, type CitationRef, type CitationView, type Note, type NoteRef, type NoteSummary } from '../contract/methods';
import { parseNoteContent } from '../../core/notes/lexical-json';
import { markdownToNoteContent } from '../../core/notes/markdown-import';
import type { NoteContentFacts } from '../../core/notes/types';
import type { ArticleWithText, CitationRow, NewCitation, Store } from '../../store/index';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { EMPTY_NOTE_CONTENT } from './text';

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

export class Notebook {
  constructor(private readonly store: Store) {}

  /** Resolves a note's saved citations against the store, one view per distinct target. */
  citationViews(noteId: number): CitationView[] {
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
      if (ref.kind === 'claim') {
        const claim = row.claimId === null ? undefined : this.store.claims.get(row.claimId);
        source = claim ? article(claim.articleId) : undefined;
        if (claim && source && source.text.slice(claim.start, claim.end) === claim.text) current = claim.text;
        speaker = claim?.speaker ?? null;
      } else {
        source = article(row.articleId);
        if (source && ref.end <= source.text.length) current = source.text.slice(ref.start, ref.end);
      }
      const broken = current === null || row.quote !== current;
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
      });
    }
    return views;
  }

  get(id: number): Note {
    const row = this.store.notes.get(id);
    if (!row) throw notFound('note', id);
    const refs = (rows: NoteRef[]): NoteRef[] => rows.map((r) => ({ id: r.id, title: r.title }));
    return {
      id: row.id,
      title: row.title,
      updatedAt: row.updatedAt,
      content: row.content,
      text: row.text,
      citations: this.citationViews(id),
      links: refs(this.store.notes.links(id)),
      backlinks: refs(this.store.notes.backlinks(id)),
    };
  }

  list(): NoteSummary[] {
    return this.store.notes.list();
  }

  create(title: string): Note {
    const id = this.store.transaction(() => this.store.notes.create(title, EMPTY_NOTE_CONTENT).id);
    return this.get(id);
  }

  /** Stores content and its plain text, and replaces the note's citations and links. */
  save(id: number, title: string, content: string): Note {
    const facts = parseContent(content);
    this.store.transaction(() => {
      if (!this.store.notes.exists(id)) throw notFound('note', id);
      // A target that is gone keeps the quote it had, so the citation shows as broken, not empty.
      const previous = new Map(this.store.notes.citations(id).map((r) => [citationTarget(refOf(r)), r.quote]));
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
      const note = this.store.notes.create(noteTitle, EMPTY_NOTE_CONTENT);
      created += 1;
      this.save(note.id, noteTitle, converted.content);
      return { id: note.id, created };
    });
    return { note: this.get(id), created };
  }
}

export function notebookMethods(notebook: Notebook) {
  return {
    'notes.list': (): NoteSummary[] => notebook.list(),
    'notes.get': ({ id }: ServiceInput<'notes.get'>): Note => notebook.get(id),
    'notes.create': ({ title }: ServiceInput<'notes.create'>): Note => notebook.create(title),
    'notes.save': ({ id, title, content }: ServiceInput<'notes.save'>): Note => notebook.save(id, title, content),
    'notes.delete': ({ id }: ServiceInput<'notes.delete'>): { deleted: number } => notebook.delete(id),
    'notes.importMarkdown': ({ markdown, title }: ServiceInput<'notes.importMarkdown'>): Note =>
      notebook.importMarkdown(markdown, title).note,
  };
}
