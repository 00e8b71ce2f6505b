// The contract every host speaks: method names, their input types (inferred from the zod
// schemas, type-only so nothing of zod reaches the sandboxed preload) and their results.
import type { z } from 'zod';
import type { Schemas, citationRefSchema } from './schemas';
import type { Annotation, AnnotationTag, CarryOutcome, CitedAnnotation } from './annotations';
import type { MetadataSources } from './metadata';
import type { TeamApplied, TeamDecision, TeamNoteLink, TeamServer } from './team';

export const METHOD_NAMES = [
  'app.info',
  'articles.import',
  'articles.extract',
  'articles.list',
  'articles.get',
  'articles.delete',
  'articles.importPaste',
  'articles.update',
  'articles.setMetadata',
  'articles.related',
  'articles.reextract',
  'claims.list',
  'claims.update',
  'claims.create',
  'claims.search',
  'notes.list',
  'notes.get',
  'notes.backlinks',
  'notes.history',
  'notes.snapshot',
  'notes.restore',
  'notes.create',
  'notes.save',
  'notes.delete',
  'notes.importMarkdown',
  'notes.importFolder',
  'search.query',
  'export.note',
  'export.check',
  'export.sources',
  'export.claims',
  'export.saved',
  'export.reveal',
  'sample.load',
  // entities (#4)
  'entities.list',
  'entities.get',
  'entities.merge',
  'entities.split',
  'entities.update',

  // annotations (#5)
  'annotations.list',
  'annotations.get',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.restore',
  'annotations.orphans',
  'annotations.carry',
  'annotations.cited',
  'tags.list',
  'tags.save',
  'tags.delete',

  // compare (#6)
  'relations.list',
  'relations.create',
  'relations.delete',
  'conflicts.suggest',
  'conflicts.accept',
  'conflicts.reject',
  'sides.list',
  'sides.save',
  'sides.delete',
  'propositions.list',
  'propositions.save',
  'propositions.delete',
  'stances.set',
  'grades.set',
  'compare.view',
  'compare.matrix',
  'compare.timeline',

  // backups (#8)
  'backups.list',
  'backups.create',
  'backups.restore',

  // review decisions: undo and redo
  'decisions.undo',
  'decisions.redo',

  // team mode: the team server and the shared notes of cases
  'team.get',
  'team.set',
  'team.share',
  'team.open',
  'team.link',
  'team.seeded',
  'team.decisions',
  'team.applyDecisions',
] as const satisfies readonly (keyof Schemas)[];

/** The largest file Quire imports (core's MAX_INGEST_BYTES): hosts refuse bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The one-line refusal every host shows for a file over MAX_IMPORT_BYTES. */
export function tooLargeMessage(bytes: number): string {
  return `the file is ${Math.round(bytes / 1024 / 1024)} MB; Quire imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
}

export type MethodName = (typeof METHOD_NAMES)[number];
export type MethodInput<M extends MethodName> = z.input<Schemas[M]>;

export type ClaimKind = 'direct' | 'indirect';
export type ClaimStatus = 'suggested' | 'confirmed' | 'rejected';
export type CitationRef = z.infer<typeof citationRefSchema>;

export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the article states one. */
  published: string | null;
  /** ISO date of the last update the article states, when it gives one apart from published. */
  updated: string | null;
  /** Where each metadata value that is set came from ('analyst' once the analyst typed it). */
  sources: MetadataSources;
  /** Length of the stored body text in UTF-16 code units (the unit every offset uses). */
  chars: number;
  importedAt: string;
  /** Claims found in it (rejected ones not counted). */
  claims: number;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'paste';

export interface Article extends ArticleSummary {
  /** The stored body text: never rewritten after import; every offset points into it. */
  text: string;
  sourceName: string | null;
  /** BCP-47 primary language when known. */
  language: string | null;
  url: string | null;
  /** null for articles imported before formats were recorded. */
  format: ArticleFormat | null;
  /** The text before cleaning (equal to text when nothing was removed). */
  rawText: string;
  /** Ranges of rawText that cleaning removed (sorted, half-open); offsets into rawText, not text. */
  removed: { start: number; end: number }[];
  /**
   * Each paragraph's language as runs of paragraphs (offsets into text); a paragraph too short to
   * tell has the article's. Empty when not known.
   */
  languages: { start: number; end: number; language: string }[];
}

/** Another article telling the same story: a near-duplicate (reprint) or other coverage. */
export interface ArticleRelation {
  article: ArticleSummary;
  kind: 'near_duplicate' | 'related';
  /** 0…1: shingle similarity for near-duplicates, vocabulary overlap for related coverage. */
  similarity: number;
}

export interface Claim {
  id: number;
  articleId: number;
  kind: ClaimKind;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  status: ClaimStatus;
  /** The title and role written with the speaker's name. Always present in output. */
  speakerRole?: string | null;
  /** How it was said: 'tweet', 'briefing', 'statement', … Always present in output. */
  channel?: string | null;
  /** The outlet or document the article relays it through. Always present in output. */
  via?: string | null;
  /** When it was said (ISO date) and how precisely that is known. Always present in output. */
  saidOn?: ClaimSaidOn | null;
  /** Numbers and dates stated in the claim. Always present in output. */
  facts?: ClaimFact[];
  /** The entity the speaker was resolved to (claims.list). */
  speakerEntity?: { id: number; name: string } | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'unknown';

export interface ClaimSaidOn {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  precision: DatePrecision | (string & {});
}

/** A number or date stated in a claim; offsets in the article text. */
export interface ClaimFact {
  kind: 'number' | 'date';
  /** A number, or an ISO date ("2026-01-30"; "--01-30" when the year is unknown). */
  value: number | string;
  /** What is counted ("people", "percent", "$"), or 'deadline' for a date introduced by "by". */
  unit?: string;
  /** "more than", "at least", "about", … */
  qualifier?: string;
  text: string;
  start: number;
  end: number;
}

/** The provenance and facts every claim carries in output. */
export interface ClaimDetails {
  speakerRole: string | null;
  channel: string | null;
  via: string | null;
  saidOn: ClaimSaidOn | null;
  facts: ClaimFact[];
}

export interface NoteSummary {
  id: number;
  title: string;
  updatedAt: string;
}

export interface NoteRef {
  id: number;
  title: string;
  /** notes.backlinks: the sentence of the linking note around the link. */
  context?: string;
}

/** One saved version of a note (notes.history). */
export interface NoteVersion {
  id: number;
  noteId: number;
  title: string;
  createdAt: string;
  /** auto: taken while editing (at most every few minutes); manual: asked for; around a restore. */
  reason: 'auto' | 'manual' | 'before-restore' | 'restore';
  /** The version's plain text (for a preview). */
  text: string;
}

/** The sentence around a quote in its article's stored text. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** A claim found by `claims.search` (the `@` quick-pick), with its source. */
export interface ClaimHit extends Claim {
  articleTitle: string;
  outlet: string | null;
  published: string | null;
  context: QuoteContext;
}

/** A citation resolved against the store; `broken` when its source is gone or no longer matches. */
export interface CitationView {
  id: number;
  /** "claim:12" or "article:3@10-52". */
  target: string;
  ref: CitationRef;
  quote: string | null;
  speaker: string | null;
  articleId: number | null;
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  broken: boolean;
  /** The sentence around the quote in the article (absent when broken). */
  context?: QuoteContext | null;
}

export interface Note extends NoteSummary {
  /** Lexical editor state JSON. */
  content: string;
  /** Plain text of the note (what search indexes). */
  text: string;
  citations: CitationView[];
  links: NoteRef[];
  backlinks: NoteRef[];
}

/**
 * What a save answers: the note as stored, citations checked, without its content and text (the
 * editor holds them) and with the context of new citations only: autosave gets this back every
 * second, and a long note's whole state would cost the editor's thread.
 */
export type SavedNote = Omit<Note, 'content' | 'text' | 'citations'> & {
  /** Left out when the checks are the same as the `knownCitations` the save was sent with. */
  citations?: CitationView[];
  /** A fingerprint of the citations' checks, to send back with the next save. */
  citationsDigest: string;
};

export interface SearchHit {
  type: 'article' | 'claim' | 'note' | 'annotation';
  id: number;
  title: string;
  /** Text around the match; matched terms wrapped in U+E000 … U+E001 (private-use markers). */
  snippet: string;
  /** Claims, annotations and articles: the article (claims open the reader there). */
  articleId?: number;
  speaker?: string | null;
  outlet?: string | null;
  published?: string | null;
  /** Annotations: their tags. */
  tags?: string[];
}

export interface ImportOutcome {
  article: ArticleSummary;
  claims: number;
  /** With `ifDuplicate: 'report'`: the file was an exact duplicate of `article` (nothing stored). */
  duplicate?: boolean;
  /** Articles linked to the new one on import. */
  related?: ArticleRelation[];
}

/** A file read and extracted but not stored. */
export interface Extraction {
  article: { title: string; outlet: string | null; author: string | null; published: string | null; text: string; updated?: string | null; language?: string | null; url?: string | null; sources?: MetadataSources; languages?: Article['languages'] };
  claims: ({ kind: ClaimKind; text: string; speaker: string | null; start: number; end: number } & ClaimDetails)[];
  /** People, organisations and places named, with every mention's offsets. */
  entities?: ExtractedEntity[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  articles: number;
  notes: number;
  /** True while the store holds no article and no note: the app offers the sample notebook. */
  empty: boolean;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Text as is (utf8), or the bytes of a binary format (DOCX, PDF) as base64. */
  encoding: 'utf8' | 'base64';
  content: string;
}

/**
 * Where an export the window handed to the host was saved: a file in a folder (the desktop app's
 * save dialog), the browser's downloads folder (the web host cannot know more), or nowhere.
 */
export type SavedExport =
  | { where: 'folder'; id: number; path: string }
  | { where: 'downloads' }
  | { where: 'cancelled' };

/** A citation an exported brief cannot vouch for; noteId and target locate it in the editor. */
export interface ExportProblem {
  noteId: number;
  noteTitle: string;
  /** "claim:12" or "article:3@10-52", as CitationView.target. */
  target: string;
  message: string;
}

/** A cited source lacking fields its citations print (author, outlet, date, url): exported as is, flagged. */
export interface ExportSourceGap {
  articleId: number;
  title: string;
  missing: string[];
}

export interface ExportCheck {
  ok: boolean;
  /** Distinct citations checked. */
  citations: number;
  problems: ExportProblem[];
  /** Sources whose notes and bibliography entries will lack fields; they do not refuse the export. */
  incomplete: ExportSourceGap[];
}

export interface MethodOutputs {
  'team.get': { server: TeamServer | null };
  'team.set': { server: TeamServer };
  'team.share': TeamNoteLink;
  'team.open': Note;
  'team.link': TeamNoteLink | null;
  'team.seeded': TeamNoteLink;
  'team.decisions': TeamDecision[];
  'team.applyDecisions': TeamApplied;
  'app.info': AppInfo;
  'articles.import': ImportOutcome;
  'articles.extract': Extraction;
  'articles.list': ArticleSummary[];
  'articles.get': Article;
  'articles.delete': { deleted: number };
  'articles.importPaste': ImportOutcome;
  'articles.update': Article;
  'articles.setMetadata': Article;
  'articles.related': ArticleRelation[];
  'claims.list': Claim[];
  'claims.update': Claim;
  'claims.create': Claim;
  /** How many fresh suggestions extraction wrote (the analyst's claims and decisions are kept). */
  'articles.reextract': { claims: number };
  'claims.search': ClaimHit[];
  'notes.list': NoteSummary[];
  'notes.get': Note;
  'notes.backlinks': NoteRef[];
  'notes.history': NoteVersion[];
  'notes.snapshot': NoteVersion;
  'notes.restore': Note;
  'notes.create': Note;
  'notes.save': SavedNote;
  'notes.delete': { deleted: number };
  'notes.importMarkdown': Note;
  'notes.importFolder': { notes: NoteSummary[]; created: number };
  'search.query': SearchHit[];
  'export.note': ExportedFile;
  'export.check': ExportCheck;
  'export.sources': ExportedFile;
  'export.claims': ExportedFile;
  'export.saved': SavedExport;
  'export.reveal': { revealed: true };
  'sample.load': { articles: number; notes: number; noteId: number };
  // entities (#4)
  'entities.list': EntitySummary[];
  'entities.get': EntityPage;
  /** The entity the others went into. */
  'entities.merge': EntityPage;
  /** The new entity. */
  'entities.split': EntityPage;
  'entities.update': EntityPage;

  // annotations (#5)
  'annotations.list': Annotation[];
  'annotations.get': Annotation;
  'annotations.create': Annotation;
  'annotations.update': Annotation;
  /** The deleted annotation as it was (what annotations.restore takes back). */
  'annotations.delete': { deleted: number; annotation: Annotation };
  'annotations.restore': Annotation;
  'annotations.orphans': Annotation[];
  'annotations.carry': CarryOutcome;
  'annotations.cited': CitedAnnotation[];
  'tags.list': AnnotationTag[];
  'tags.save': AnnotationTag;
  'tags.delete': { deleted: number };

  // compare (#6)
  'relations.list': ClaimRelation[];
  'relations.create': ClaimRelation;
  'relations.delete': { deleted: number };
  'conflicts.suggest': ConflictSuggestion[];
  'conflicts.accept': ClaimRelation;
  'conflicts.reject': { rejected: true };
  'sides.list': Side[];
  'sides.save': Side;
  'sides.delete': { deleted: number };
  'propositions.list': Proposition[];
  'propositions.save': Proposition;
  'propositions.delete': { deleted: number };
  'stances.set': Proposition;
  'grades.set': Grades;
  'compare.view': CompareView;
  'compare.matrix': StanceMatrix;
  'compare.timeline': TimelineEntry[];

  // backups (#8)
  'backups.list': BackupInfo[];
  'backups.create': BackupInfo;
  'backups.restore': RestoreResult;

  'decisions.undo': DecisionStep | null;
  'decisions.redo': DecisionStep | null;
}

/** A review decision undone or redone: what it was, in words an analyst reads in a toast. */
export interface DecisionStep {
  id: number;
  kind: DecisionKind;
  label: string;
  /** What undo / redo would do next (null: nothing left). */
  nextUndo: string | null;
  nextRedo: string | null;
}

export type DecisionKind =
  | 'claim.confirm'
  | 'claim.reject'
  | 'claim.restore'
  | 'claim.speaker'
  | 'claim.span'
  | 'claim.edit'
  | 'claim.create'
  | 'entity.merge'
  | 'entity.rename'
  | 'entity.split'
  | 'suggestion.accept'
  | 'suggestion.reject';

// ---- entities (#4) ----

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/** A person, organisation or place, merged across articles (entities.list). */
export interface EntitySummary {
  id: number;
  name: string;
  kind: EntityKind;
  /** Mentions in articles, articles mentioning it, claims it made (rejected ones not counted). */
  mentions: number;
  articles: number;
  claims: number;
}

/** One mention: offsets into its article's stored text (text === article.text.slice(start, end)). */
export interface EntityMention {
  id: number;
  start: number;
  end: number;
  text: string;
}

/** The entity page: who it is, where it is named, everything it said, and notes linking to it. */
export interface EntityPage extends EntitySummary {
  /** Other spellings; `analyst` when the analyst put the form here (a merge or split). */
  aliases: { alias: string; analyst: boolean }[];
  /** True once the analyst named, merged or split it. */
  analyst: boolean;
  mentionsByArticle: { articleId: number; title: string; outlet: string | null; published: string | null; mentions: EntityMention[] }[];
  /** The claims with this entity as speaker, by article date. */
  said: ClaimHit[];
  /** Notes linking to it, each with the sentence around the link. */
  backlinks: NoteRef[];
}

/** An entity found by articles.extract (nothing stored). */
export interface ExtractedEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: { text: string; start: number; end: number }[];
}

// ---- backups (#8) ----

/** A copy of the store in the backups folder beside it. */
export interface BackupInfo {
  /** The file name (what backups.restore and `quire restore` take). */
  name: string;
  createdAt: string;
  /** auto: the rolling backup; manual: asked for; before-restore: the store a restore replaced. */
  reason: 'auto' | 'manual' | 'before-restore';
  bytes: number;
}

export interface RestoreResult {
  restored: string;
  /** The replaced store, kept as a backup so the restore can be undone (null: there was none). */
  saved: BackupInfo | null;
}

// ---- compare (#6) ----

export type RelationKind = 'contradicts' | 'supports' | 'qualifies' | 'reframes' | 'same_event';

/** NATO / Admiralty grades: source reliability A (reliable) … F (cannot be judged); information credibility 1 (confirmed) … 6 (cannot be judged). */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export type EvidenceFlag = 'disputed' | 'retracted' | 'preliminary' | 'state_affiliated';

/** Grades the analyst set: on a claim (credibility, flags) and on its speaker and outlet (reliability, flags). */
export interface Grades {
  claim: { credibility: Credibility | null; flags: EvidenceFlag[] };
  speaker: { reliability: Reliability | null; flags: EvidenceFlag[] } | null;
  outlet: { reliability: Reliability | null; flags: EvidenceFlag[] } | null;
}

/** Another article that relays the same statement (same speaker, same words). */
export interface ClaimSource {
  claimId: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  published: string | null;
}

/** A claim with what the compare views show beside it: who said it, when, where, how graded. */
export interface ClaimBrief {
  id: number;
  articleId: number;
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  articleTitle: string;
  outlet: string | null;
  /** When the article was published (ISO date) and when the statement was made. */
  published: string | null;
  saidOn: ClaimSaidOn | null;
  status: ClaimStatus;
  grades: Grades;
  /** Every article carrying this statement, this claim's own first (one statement, several sources). */
  sources: ClaimSource[];
}

export interface ClaimRelation {
  id: number;
  kind: RelationKind;
  a: ClaimBrief;
  b: ClaimBrief;
  rationale: string | null;
  /** analyst: made by hand; suggestion: an accepted suggested conflict. */
  origin: 'analyst' | 'suggestion';
  createdAt: string;
}

/** What made two claims a suggested conflict. */
export type ConflictSignal = 'polarity' | 'number' | 'date' | 'framing';

export interface ConflictSuggestion {
  a: ClaimBrief;
  b: ClaimBrief;
  /** 0…1, higher first. */
  score: number;
  /** One readable sentence: what they share and where they differ. */
  reason: string;
  signals: ConflictSignal[];
  /** The words, entities or dates that put the two claims about the same thing. */
  shared: string[];
}

/** A side the analyst names (e.g. Washington) and the speakers, organisations or outlets on it. */
export interface Side {
  id: number;
  name: string;
  /** Speaker names (matched case-insensitively, part of the name) that belong to this side. */
  members: string[];
  /** Entities (canonical, merged) whose claims belong to this side; they decide before names do. */
  entities: { id: number; name: string }[];
  /** Position in the compare view, left to right. */
  position: number;
}

/** One row of the compare view: claims about one topic, one cell per side (in the order asked). */
export interface CompareRow {
  /** The shared terms that define the row ("expulsion", "Jan. 30"). */
  topic: string;
  cells: ClaimBrief[][];
  /** Relations between claims of this row (contradicts, …). */
  relations: { a: number; b: number; kind: RelationKind }[];
}

export interface CompareView {
  sides: Side[];
  rows: CompareRow[];
  /** Claims by speakers on no side are left out: how many. */
  unassigned: number;
}

export type Stance = 'supports' | 'denies';

/** A statement of fact the analyst weighs (ACH hypothesis), with the claims bearing on it. */
export interface Proposition {
  id: number;
  text: string;
  evidence: { claimId: number; stance: Stance }[];
}

/** Actors (sides) × propositions; each cell the claims that support or deny it (empty: none). */
export interface StanceMatrix {
  sides: Side[];
  propositions: Proposition[];
  /** cells[p][s]: proposition p, side s. */
  cells: { supports: ClaimBrief[]; denies: ClaimBrief[] }[][];
}

export interface TimelineEntry {
  claim: ClaimBrief;
  /** The date it is placed at (said-on, else published) and how precisely it is known. */
  date: string;
  precision: DatePrecision | (string & {});
  /** The side the speaker is on (null: none). */
  sideId: number | null;
}

export type MethodOutput<M extends MethodName> = MethodOutputs[M];

/** Error codes every host maps the same way (HTTP status, CLI exit code). */
export type ErrorCode = 'bad_request' | 'unknown_method' | 'not_found' | 'conflict' | 'unauthorized' | 'internal';

export interface WireError {
  code: ErrorCode;
  message: string;
}

/** What a host returns for one call. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** The one interface the renderer (and tests) use, whichever host is behind it. */
export interface QuireApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** The shape the Electron preload exposes as `window.quire`: one function per method. */
export type PreloadBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<WireResult<MethodOutput<M>>>;
};

/** Lexical node type names shared by the renderer's nodes and the service's note parser. */
export const NODE_TYPES = { citation: 'quire-citation', noteLink: 'quire-note-link', entityLink: 'quire-entity-link' } as const;

/** Serialized form of a CitationNode: it stores where it points and, when set, how a brief shows it. */
export interface SerializedCitation {
  type: typeof NODE_TYPES.citation;
  version: 1;
  ref: CitationRef;
  /** "note": exports put the quoted words in the footnote only (default: in the sentence). */
  display?: 'note';
}

/** Serialized form of a NoteLinkNode. */
export interface SerializedNoteLink {
  type: typeof NODE_TYPES.noteLink;
  version: 1;
  noteId: number;
  title: string;
}

/** Serialized form of an EntityLinkNode. */
export interface SerializedEntityLink {
  type: typeof NODE_TYPES.entityLink;
  version: 1;
  entityId: number;
  name: string;
}

export function citationTarget(ref: CitationRef): string {
  return ref.kind === 'claim' ? `claim:${ref.claimId}` : `article:${ref.articleId}@${ref.start}-${ref.end}`;
}
