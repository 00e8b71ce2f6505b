// One zod schema per contract method: the only gate every host passes arguments through.
// Kept free of anything but zod so the renderer may import it too.
import { z } from 'zod';

const id = z.number().int().positive();
/** Files travel as base64 so the service sees the real bytes (encodings are detected, not assumed). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const base64 = z
  .string()
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'data must be base64');

/** Where a citation points: a claim, or a span of an article's stored text. */
export const citationRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('claim'), claimId: id }),
  z
    .strictObject({
      kind: z.literal('article'),
      articleId: id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .refine((r) => r.end > r.start, 'end must be after start'),
]);

const empty = z.strictObject({});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/** Notes exported together, in the analyst's order (each at most once). */
const noteIds = z
  .array(id)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'a note may appear only once');
const relationKind = z.enum(['contradicts', 'supports', 'qualifies', 'reframes', 'same_event']);
const reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
const evidenceFlags = z.array(z.enum(['disputed', 'retracted', 'preliminary', 'state_affiliated'])).max(4);
const citationStyle = z.enum(['chicago', 'apa', 'statement'], { error: 'style must be chicago, apa or statement' });

export const schemas = {
  'app.info': empty,
  'articles.import': z.strictObject({
    fileName: z.string().min(1).max(512),
    data: base64,
    /** 'fail' (default): an exact duplicate is a conflict error; 'report': returned with duplicate: true. */
    ifDuplicate: z.enum(['fail', 'report']).optional(),
  }),
  /** Pasted content (the clipboard's HTML flavour and/or plain text). */
  'articles.importPaste': z
    .strictObject({
      text: z.string().max(MAX_FILE_BYTES).optional(),
      html: z.string().max(MAX_FILE_BYTES).optional(),
    })
    .refine((v) => Boolean(v.text?.trim() || v.html?.trim()), 'nothing was pasted'),
  /** The analyst's corrections to an article's metadata (the text never changes); null or '' clears. */
  'articles.update': z.strictObject({
    id,
    title: z.string().trim().min(1, 'a title cannot be empty').max(500).optional(),
    outlet: z.string().trim().max(300).nullable().optional(),
    author: z.string().trim().max(300).nullable().optional(),
    published: z.union([isoDate, z.literal('')]).nullable().optional(),
    language: z
      .union([z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language is a code such as en or ru'), z.literal('')])
      .nullable()
      .optional(),
    url: z
      .union([z.string().trim().max(2000).regex(/^https?:\/\/\S+$/i, 'a URL starts with http:// or https://'), z.literal('')])
      .nullable()
      .optional(),
  }),
  /** Near-duplicates and other coverage of the same story, most similar first. */
  'articles.related': z.strictObject({ id }),
  /** Read and extract a file without storing anything (CLI `extract`, import preview). */
  'articles.extract': z.strictObject({
    fileName: z.string().min(1).max(512),
    data: base64,
  }),
  'articles.list': empty,
  'articles.get': z.strictObject({ id }),
  'articles.delete': z.strictObject({ id }),
  'claims.list': z.strictObject({ articleId: id.optional() }),
  'claims.update': z.strictObject({
    id,
    status: z.enum(['suggested', 'confirmed', 'rejected']).optional(),
    speaker: z.string().max(300).nullable().optional(),
    /** Span edit: both offsets together; the text is re-read from the article. */
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
  }),
  /** The analyst's own claim from a selection of the article's text: confirmed, origin 'analyst'. */
  'claims.create': z.strictObject({
    articleId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: z.enum(['direct', 'indirect']),
    speaker: z.string().max(300).nullable().optional(),
  }),
  /** Runs extraction again on the stored text; replaces only untouched extracted suggestions. */
  'articles.reextract': z.strictObject({ id }),
  'notes.list': empty,
  'notes.get': z.strictObject({ id }),
  /** The note's saved versions, newest first. */
  'notes.history': z.strictObject({ id }),
  /** Snapshot the note as saved now (the History panel's "Save version"). */
  'notes.snapshot': z.strictObject({ id }),
  /** Bring back an earlier version; the state it replaces is kept as a version first. */
  'notes.restore': z.strictObject({ id, versionId: id }),
  /** Notes linking to this one, each with the sentence around the link. */
  'notes.backlinks': z.strictObject({ id }),
  'notes.create': z.strictObject({ title: z.string().trim().min(1).max(300) }),
  'notes.save': z.strictObject({
    id,
    title: z.string().trim().min(1).max(300),
    /** Lexical editor state as JSON (EditorState.toJSON()). */
    content: z.string().min(2).max(20 * 1024 * 1024),
  }),
  'notes.delete': z.strictObject({ id }),
  'notes.importMarkdown': z.strictObject({
    markdown: z.string().max(20 * 1024 * 1024),
    title: z.string().trim().min(1).max(300).optional(),
  }),
  'search.query': z.strictObject({
    q: z.string().trim().min(1).max(500),
    limit: z.number().int().min(1).max(200).optional(),
    /** Only these kinds of result (default: all). */
    types: z.array(z.enum(['article', 'claim', 'note', 'annotation'])).min(1).max(4).optional(),
    /** Claims by this speaker (case-insensitive, part of the name); other kinds are left out. */
    speaker: z.string().trim().min(1).max(300).optional(),
    /** Articles, claims and annotations from this outlet (case-insensitive, part of the name). */
    outlet: z.string().trim().min(1).max(300).optional(),
    /** Published on or after / on or before (YYYY-MM-DD); notes are left out when given. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  }),
  /** The `@` quick-pick: claims matching the words typed so far (FTS, prefix on the last word). */
  'claims.search': z.strictObject({
    q: z.string().trim().max(500),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  /**
   * One brief from one note (`id`, the call the notebook's export button makes) or several
   * (`noteIds`, in that order). `noteIds` briefs are checked first: citation problems refuse the
   * export unless `markProblems`, and a brief must cite something. The `id` form marks problems
   * and allows an uncited note, as it always has.
   */
  'export.note': z
    .strictObject({
      id: id.optional(),
      noteIds: noteIds.optional(),
      format: z.enum(['md', 'html', 'docx', 'pdf']),
      /** Default statement: speaker — “exact quote”, outlet, date. */
      style: citationStyle.optional(),
      /** Title of a brief of several notes (default: their titles). */
      title: z.string().trim().min(1).max(300).optional(),
      /** Add each quoted statement with its surrounding sentence. */
      appendix: z.boolean().optional(),
      markProblems: z.boolean().optional(),
    })
    .refine((v) => (v.id === undefined) !== (v.noteIds === undefined), 'give either id or noteIds'),
  /** Integrity check: every citation resolves and its quote still matches the article's stored text. */
  'export.check': z.strictObject({ noteIds }),
  /** The articles the notes cite (all articles without noteIds) for reference managers. */
  'export.sources': z.strictObject({ noteIds: noteIds.optional(), format: z.enum(['csl-json', 'bibtex']) }),
  'export.claims': z.strictObject({ articleId: id.optional(), format: z.enum(['csv', 'json']) }),
  'sample.load': empty,
  // entities (#4)

  // annotations (#5)

  // compare (#6)
  /** Relations of one claim (both directions), or all. */
  'relations.list': z.strictObject({ claimId: id.optional() }),
  /** The analyst relates two claims (drag one onto another, or the menu); shown on both. */
  'relations.create': z
    .strictObject({ a: id, b: id, kind: relationKind, rationale: z.string().trim().max(2000).nullable().optional() })
    .refine((v) => v.a !== v.b, 'a claim cannot be related to itself'),
  'relations.delete': z.strictObject({ id }),
  /** Ranked suggested conflicts, best first; rejected pairs and related pairs never come back. */
  'conflicts.suggest': z.strictObject({ limit: z.number().int().min(1).max(500).optional(), claimId: id.optional() }),
  /** Turns a suggestion into a relation (default contradicts). */
  'conflicts.accept': z
    .strictObject({ a: id, b: id, kind: relationKind.optional(), rationale: z.string().trim().max(2000).nullable().optional() })
    .refine((v) => v.a !== v.b, 'a claim cannot be related to itself'),
  /** Remembers the pair (either order) so it is never suggested again. */
  'conflicts.reject': z.strictObject({ a: id, b: id }).refine((v) => v.a !== v.b, 'a claim cannot be related to itself'),
  'sides.list': empty,
  /** Create (no id) or update a side. */
  'sides.save': z.strictObject({
    id: id.optional(),
    name: z.string().trim().min(1).max(120),
    members: z.array(z.string().trim().min(1).max(300)).max(200),
    position: z.number().int().min(0).max(1000).optional(),
  }),
  'sides.delete': z.strictObject({ id }),
  'propositions.list': empty,
  'propositions.save': z.strictObject({ id: id.optional(), text: z.string().trim().min(1).max(1000) }),
  'propositions.delete': z.strictObject({ id }),
  /** A claim supports or denies a proposition; null removes it from the proposition's evidence. */
  'stances.set': z.strictObject({ propositionId: id, claimId: id, stance: z.enum(['supports', 'denies']).nullable() }),
  /**
   * Grades for a claim (credibility 1–6, flags) and, through it, its speaker and outlet
   * (reliability A–F, flags). Fields left out stay as they are; null clears.
   */
  'grades.set': z.strictObject({
    claimId: id,
    credibility: z.number().int().min(1).max(6).nullable().optional(),
    claimFlags: evidenceFlags.optional(),
    speakerReliability: reliability.nullable().optional(),
    speakerFlags: evidenceFlags.optional(),
    outletReliability: reliability.nullable().optional(),
    outletFlags: evidenceFlags.optional(),
  }),
  /** Columns by side (the given ones in order, default all), rows aligned by topic; q narrows to matching claims. */
  'compare.view': z.strictObject({ sideIds: z.array(id).min(1).max(12).optional(), q: z.string().trim().max(500).optional() }),
  'compare.matrix': z.strictObject({ sideIds: z.array(id).min(1).max(12).optional() }),
  /** Statements by date; filters combine. */
  'compare.timeline': z.strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    speaker: z.string().trim().min(1).max(300).optional(),
    sideIds: z.array(id).min(1).max(12).optional(),
  }),

  // backups (#8)
  'backups.list': empty,
  'backups.create': empty,
  /** A name from backups.list (a plain file name: nothing that could leave the backups folder). */
  'backups.restore': z.strictObject({
    name: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*\.sqlite$/, 'name must be a backup file name from backups.list'),
  }),

} as const;

export type Schemas = typeof schemas;
