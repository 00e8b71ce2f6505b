// Export: cited briefs (Markdown, HTML, DOCX, PDF) from one or several notes, the integrity check
// that guards them, and the data other tools take (sources as CSL-JSON / BibTeX, claims as CSV / JSON).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationRef, CitationView, ExportCheck, ExportedFile, ExportProblem, ExportSourceGap, SavedExport } from '../contract/methods';
import { citationTarget } from '../contract/methods';
import { BriefTooDeepError, buildBrief, missingFields, type Brief, type CitationStyle, type CitedArticle, type Resolution } from '../../core/export/brief';
import { claimsCsv, claimsJson, type ClaimRecord } from '../../core/export/claims-table';
import { cslStyle } from '../../core/export/csl-style';
import { briefToDocx } from '../../core/export/docx';
import { briefToHtml, hasCrossReferences } from '../../core/export/html';
import { sectionPages } from '../../core/export/pdf-pages';
import { briefToMarkdown } from '../../core/export/markdown';
import { quoteContext } from '../../core/export/quote-context';
import { sourcesBibtex, sourcesCslJson } from '../../core/export/sources';
import { statementStyle } from '../../core/export/statement-style';
import { parseNoteContent } from '../../core/notes/lexical-json';
import type { Store } from '../../store/index';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import type { Notebook } from './notebook';
import { slugify } from './text';

/** Prints an HTML document to PDF bytes; the host supplies it (a browser is needed). */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/**
 * The host's record of the exports it saved to disk (the desktop app's downloads). Paths never come
 * from the window: it names a file by the name the export gave it, then reveals by the host's id.
 */
export interface SavedFiles {
  /** Resolves when the save of `fileName` ends: the saved file, or null when it was cancelled. */
  awaitSave(fileName: string): Promise<{ id: number; path: string } | null>;
  /** Shows the saved file in the system's file manager; false for an id the host never saved. */
  reveal(id: number): boolean;
}

export type StyleName = 'chicago' | 'apa' | 'statement';

const CSL_FILES: Record<Exclude<StyleName, 'statement'>, string> = {
  chicago: 'chicago-note-bibliography.csl',
  apa: 'apa.csl',
};
const LOCALE_FILE = 'locales-en-US.xml';
const MAX_LISTED_PROBLEMS = 5;

const MIME = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

interface LoadedNote {
  id: number;
  title: string;
  content: string;
  views: Map<string, CitationView>;
  refs: CitationRef[];
  /** The notes its [[links]] point to. */
  links: number[];
}

export class Exporter {
  private readonly cslText = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly notebook: Notebook,
    private readonly resourcesDir: string,
    private readonly pdf: PdfRenderer | undefined,
  ) {}

  /** A shipped CSL file as text, read once. */
  private resource(file: string): string {
    let text = this.cslText.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(join(this.resourcesDir, 'csl', file), 'utf8');
      } catch {
        throw new QuireError('internal', `the citation style file csl/${file} is missing from Quire's resources`);
      }
      this.cslText.set(file, text);
    }
    return text;
  }

  private styleFactory(style: StyleName): (articles: readonly CitedArticle[]) => CitationStyle {
    if (style === 'statement') return statementStyle;
    const xml = this.resource(CSL_FILES[style]);
    const locale = this.resource(LOCALE_FILE);
    return (articles) => cslStyle(xml, locale, articles);
  }

  private load(noteIds: readonly number[]): LoadedNote[] {
    return noteIds.map((id) => {
      const row = this.store.notes.get(id);
      if (!row) throw notFound('note', id);
      const facts = parseNoteContent(row.content);
      return {
        id,
        title: row.title,
        content: row.content,
        views: new Map(this.notebook.citationViews(id).map((v) => [v.target, v])),
        refs: facts.citations,
        links: facts.links,
      };
    });
  }

  private article(id: number): CitedArticle | undefined {
    const a = this.store.articles.get(id);
    return a && citedArticle(a);
  }

  /** What one citation of a note resolves to, or why it cannot be trusted. */
  private resolve(note: LoadedNote, ref: CitationRef): Resolution {
    const target = citationTarget(ref);
    const view = note.views.get(target);
    if (!view || view.articleId === null) return { ok: false, problem: `the cited source (${target}) is no longer in the library`, quote: view?.quote ?? null };
    if (view.broken || view.quote === null) return { ok: false, problem: `the quote no longer matches the stored text of article ${view.articleId}`, quote: view.quote };
    const article = this.article(view.articleId);
    const text = this.store.articles.text(view.articleId);
    if (!article || text === undefined) return { ok: false, problem: `the cited source (${target}) is no longer in the library` };
    const span = ref.kind === 'article' ? ref : this.store.claims.get(ref.claimId);
    return {
      ok: true,
      quote: view.quote,
      speaker: view.speaker,
      article,
      context: span ? quoteContext(text, span.start, span.end) : null,
    };
  }

  check(noteIds: readonly number[]): ExportCheck {
    const problems: ExportProblem[] = [];
    const incomplete = new Map<number, ExportSourceGap>();
    let citations = 0;
    for (const note of this.load(noteIds)) {
      const seen = new Set<string>();
      for (const ref of note.refs) {
        const target = citationTarget(ref);
        if (seen.has(target)) continue;
        seen.add(target);
        citations += 1;
        const r = this.resolve(note, ref);
        if (!r.ok) problems.push({ noteId: note.id, noteTitle: note.title, target, message: r.problem });
        else if (!incomplete.has(r.article.id)) {
          const missing = missingFields(r.article);
          if (missing.length) incomplete.set(r.article.id, { articleId: r.article.id, title: r.article.title, missing });
        }
      }
    }
    return { ok: problems.length === 0, citations, problems, incomplete: [...incomplete.values()] };
  }

  async exportNote(input: ServiceInput<'export.note'>): Promise<ExportedFile> {
    // The single-note `id` call is the notebook's own export: it keeps its old, lenient rules.
    const lenient = input.noteIds === undefined;
    const asked = input.noteIds ?? (input.id === undefined ? [] : [input.id]);
    const notes = this.load(asked);
    if (input.appendLinked) {
      // The linked notes follow, once each, in the order first linked: the links become cross-references.
      const have = new Set(asked);
      const linked: number[] = [];
      for (const id of notes.flatMap((n) => n.links)) {
        if (have.has(id) || !this.store.notes.get(id)) continue;
        have.add(id);
        linked.push(id);
      }
      notes.push(...this.load(linked));
    }
    const byId = new Map(notes.map((n) => [n.id, n]));
    const title = input.title ?? notes.map((n) => n.title).join('; ').slice(0, 300);

    if (!lenient && notes.every((n) => n.refs.length === 0)) {
      const which = notes.length === 1 ? `note ${notes[0]?.id} ("${notes[0]?.title}") has` : 'these notes have';
      throw new QuireError('conflict', `${which} no citations: a cited brief needs at least one`);
    }
    const brief = this.build({
      title,
      notes,
      resolve: (ref, noteId) => this.resolve(byId.get(noteId) as LoadedNote, ref),
      style: this.styleFactory(input.style ?? 'statement'),
      appendix: input.appendix ?? false,
      citations: input.citations ?? 'inline',
    });
    if (brief.problems.length && !(input.markProblems ?? lenient)) throw this.refusal(brief, notes);

    const fileName = `${slugify(title)}.${input.format}`;
    const mimeType = MIME[input.format];
    switch (input.format) {
      case 'md':
        return { fileName, mimeType, encoding: 'utf8', content: briefToMarkdown(brief) };
      case 'html':
        return { fileName, mimeType, encoding: 'utf8', content: briefToHtml(brief) };
      case 'docx':
        return { fileName, mimeType, encoding: 'base64', content: base64(await briefToDocx(brief)) };
      case 'pdf': {
        if (!this.pdf) throw new QuireError('conflict', 'PDF export is not available in this host: it needs a browser to print with (use HTML or DOCX)');
        let printed = await this.pdf(briefToHtml(brief, { pageMarks: hasCrossReferences(brief) }));
        // Cross-references give the page of the section they point to: a second print with them filled in.
        if (hasCrossReferences(brief)) printed = await this.pdf(briefToHtml(brief, { pages: await sectionPages(printed) }));
        return { fileName, mimeType, encoding: 'base64', content: base64(printed) };
      }
    }
  }

  /** The brief model, or one line when a note is nested too deep to lay out. */
  private build(input: Parameters<typeof buildBrief>[0]): Brief {
    try {
      return buildBrief(input);
    } catch (e) {
      if (e instanceof BriefTooDeepError) throw new QuireError('conflict', e.message);
      throw e;
    }
  }

  private refusal(brief: Brief, notes: readonly LoadedNote[]): QuireError {
    const title = (id: number): string => notes.find((n) => n.id === id)?.title ?? String(id);
    const listed = brief.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `note ${p.noteId} ("${title(p.noteId)}") ${p.target}: ${p.message}`);
    const more = brief.problems.length - listed.length;
    const count = brief.problems.length === 1 ? '1 citation problem' : `${brief.problems.length} citation problems`;
    return new QuireError(
      'conflict',
      `the brief has ${count}; fix them or export with problems marked (markProblems): ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    );
  }

  sources(input: ServiceInput<'export.sources'>): ExportedFile {
    let articles: CitedArticle[];
    if (input.noteIds) {
      const byId = new Map<number, CitedArticle>();
      for (const note of this.load(input.noteIds)) {
        for (const ref of note.refs) {
          const r = this.resolve(note, ref);
          if (r.ok && !byId.has(r.article.id)) byId.set(r.article.id, r.article);
        }
      }
      articles = [...byId.values()];
    } else {
      articles = this.store.articles.list().map(citedArticle);
    }
    return input.format === 'bibtex'
      ? { fileName: 'sources.bib', mimeType: 'application/x-bibtex', encoding: 'utf8', content: sourcesBibtex(articles) }
      : { fileName: 'sources.json', mimeType: 'application/vnd.citationstyles.csl+json', encoding: 'utf8', content: `${JSON.stringify(sourcesCslJson(articles), null, 2)}\n` };
  }

  claims(input: ServiceInput<'export.claims'>): ExportedFile {
    if (input.articleId !== undefined && !this.store.articles.get(input.articleId)) throw notFound('article', input.articleId);
    const articles = new Map<number, CitedArticle | undefined>();
    const records: ClaimRecord[] = this.store.claims.list(input.articleId).map((c) => {
      if (!articles.has(c.articleId)) articles.set(c.articleId, this.article(c.articleId));
      const a = articles.get(c.articleId);
      return {
        id: c.id,
        articleId: c.articleId,
        articleTitle: a?.title ?? '',
        outlet: a?.outlet ?? null,
        published: a?.published ?? null,
        kind: c.kind,
        speaker: c.speaker,
        status: c.status,
        start: c.start,
        end: c.end,
        text: c.text,
      };
    });
    const base = input.articleId === undefined ? 'claims' : `claims-article-${input.articleId}`;
    return input.format === 'csv'
      ? { fileName: `${base}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: claimsCsv(records) }
      : { fileName: `${base}.json`, mimeType: 'application/json', encoding: 'utf8', content: claimsJson(records) };
  }
}

/** All the metadata the store holds for an article that a citation style can print. */
function citedArticle(a: { id: number; title: string; outlet: string | null; author: string | null; published: string | null; url?: string | null; language?: string | null }): CitedArticle {
  return { id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, url: a.url ?? null, language: a.language ?? null };
}

export function exportMethods(exporter: Exporter, savedFiles: SavedFiles | undefined) {
  return {
    // Without a host record (the web host, the CLI) the browser's download is all there is.
    'export.saved': async ({ fileName }: ServiceInput<'export.saved'>): Promise<SavedExport> => {
      if (!savedFiles) return { where: 'downloads' };
      const saved = await savedFiles.awaitSave(fileName);
      return saved ? { where: 'folder', ...saved } : { where: 'cancelled' };
    },
    'export.reveal': ({ id }: ServiceInput<'export.reveal'>): { revealed: true } => {
      // This host saved nothing itself: a browser keeps exports in its downloads folder.
      if (!savedFiles?.reveal(id)) throw notFound('saved export', id);
      return { revealed: true };
    },
    'export.note': (input: ServiceInput<'export.note'>): Promise<ExportedFile> => exporter.exportNote(input),
    'export.check': ({ noteIds }: ServiceInput<'export.check'>): ExportCheck => exporter.check(noteIds),
    'export.sources': (input: ServiceInput<'export.sources'>): ExportedFile => exporter.sources(input),
    'export.claims': (input: ServiceInput<'export.claims'>): ExportedFile => exporter.claims(input),
  };
}
