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
  'export.note': z.strictObject({ id, format: z.enum(['md']) }),
  'sample.load': empty,
} as const;

export type Schemas = typeof schemas;
