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

/** Notes exported together, in the analyst's order (each at most once). */
const noteIds = z
  .array(id)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'a note may appear only once');
const citationStyle = z.enum(['chicago', 'apa', 'statement'], { error: 'style must be chicago, apa or statement' });

export const schemas = {
  'app.info': empty,
  'articles.import': z.strictObject({
    fileName: z.string().min(1).max(512),
    data: base64,
  }),
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
  }),
  'notes.list': empty,
  'notes.get': z.strictObject({ id }),
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
} as const;

export type Schemas = typeof schemas;
