// One zod schema per contract method: the only gate every host passes arguments through.
// Kept free of anything but zod so the renderer may import it too.
import { z } from 'zod';
import { ARTICLE_METADATA_FIELDS } from './metadata';
import { TEAM_CASE_NAME, TEAM_NOTE_DOCUMENT } from './team';
import { ANNOTATION_PALETTE, HEX_COLOR, MAX_COMMENT, MAX_TAG_DESCRIPTION, MAX_TAG_NAME, MAX_TAGS_PER_ANNOTATION, TAG_NAME } from './annotations';

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
/** What each metadata field accepts from the analyst ('' clears a field that may be empty). */
const METADATA_VALUE = {
  title: z.string().trim().min(1, 'a title cannot be empty').max(500),
  outlet: z.string().trim().max(300),
  author: z.string().trim().max(300),
  published: z.union([isoDate, z.literal('')]),
  updated: z.union([isoDate, z.literal('')]),
  language: z.union([z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language is a code such as en or ru'), z.literal('')]),
  url: z.union([z.string().trim().max(2000).regex(/^https?:\/\/\S+$/i, 'a URL starts with http:// or https://'), z.literal('')]),
};

/** Notes exported together, in the analyst's order (each at most once). */
const noteIds = z
  .array(id)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'a note may appear only once');
const relationKind = z.enum(['contradicts', 'supports', 'qualifies', 'reframes', 'same_event']);
const reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
const evidenceFlags = z.array(z.enum(['disputed', 'retracted', 'preliminary', 'state_affiliated'])).max(4);
// annotations (#5)
const offset = z.number().int().min(0);
const annotationColor = z
  .string()
  .refine((c) => (ANNOTATION_PALETTE as readonly string[]).includes(c) || HEX_COLOR.test(c), `a colour is one of ${ANNOTATION_PALETTE.join(', ')} or #rrggbb`);
const tagName = z
  .string()
  .trim()
  .min(1, 'a tag name cannot be empty')
  .max(MAX_TAG_NAME, `a tag name has at most ${MAX_TAG_NAME} characters`)
  .regex(TAG_NAME, "a tag name is letters, digits, spaces and - _ . / & ' + #, starting with a letter or digit");
const tagList = z
  .array(tagName)
  .max(MAX_TAGS_PER_ANNOTATION, `at most ${MAX_TAGS_PER_ANNOTATION} tags`)
  .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, 'a tag may appear only once');
const comment = z.string().max(MAX_COMMENT, `a comment has at most ${MAX_COMMENT} characters`);
const entityKind = z.enum(['person', 'organization', 'place', 'other'], { error: 'kind must be person, organization, place or other' });
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
    title: METADATA_VALUE.title.optional(),
    outlet: METADATA_VALUE.outlet.nullable().optional(),
    author: METADATA_VALUE.author.nullable().optional(),
    published: METADATA_VALUE.published.nullable().optional(),
    updated: METADATA_VALUE.updated.nullable().optional(),
    language: METADATA_VALUE.language.nullable().optional(),
    url: METADATA_VALUE.url.nullable().optional(),
  }),
  /** One metadata field set by the analyst (its source becomes 'analyst'); null or '' clears it. */
  'articles.setMetadata': z
    .strictObject({ id, field: z.enum(ARTICLE_METADATA_FIELDS), value: z.string().max(2000).nullable() })
    .superRefine((v, ctx) => {
      if (v.value === null && v.field !== 'title') return;
      const checked = METADATA_VALUE[v.field].safeParse(v.value);
      if (!checked.success) ctx.addIssue({ code: 'custom', path: ['value'], message: checked.error.issues[0]?.message ?? `not a valid ${v.field}` });
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
    /** The citationsDigest of the previous save's answer: when the checks are the same, this answer leaves them out. */
    knownCitations: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  }),
  'notes.delete': z.strictObject({ id }),
  'notes.importMarkdown': z.strictObject({
    markdown: z.string().max(20 * 1024 * 1024),
    title: z.string().trim().min(1).max(300).optional(),
  }),
  /** A folder of Markdown notes (an Obsidian vault): titled by file name, links resolved among them. */
  'notes.importFolder': z.strictObject({
    files: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(1000), markdown: z.string().max(20 * 1024 * 1024) }))
      .min(1)
      .max(5000),
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
    /** Annotations with this tag (case-insensitive, the whole name); other kinds are left out. */
    tag: tagName.optional(),
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
      /** Quoted words in the sentence with the note after them (default), or the note only. */
      citations: z.enum(['inline', 'note']).optional(),
      /** Append the notes that [[links]] point to, so the links become cross-references. */
      appendLinked: z.boolean().optional(),
    })
    .refine((v) => (v.id === undefined) !== (v.noteIds === undefined), 'give either id or noteIds'),
  /** Integrity check: every citation resolves and its quote still matches the article's stored text. */
  'export.check': z.strictObject({ noteIds }),
  /** The articles the notes cite (all articles without noteIds) for reference managers. */
  'export.sources': z.strictObject({ noteIds: noteIds.optional(), format: z.enum(['csl-json', 'bibtex']) }),
  'export.claims': z.strictObject({ articleId: id.optional(), format: z.enum(['csv', 'json']) }),
  /** Waits until the host's save of the export named fileName ends and says where it went. */
  'export.saved': z.strictObject({ fileName: z.string().min(1).max(255) }),
  /** Shows a file the host itself saved (by the id export.saved gave) in the system's file manager. */
  'export.reveal': z.strictObject({ id }),
  'sample.load': empty,
  // entities (#4)
  /** Entities with their counts, most quoted first; q matches the name or any alias (part of it). */
  'entities.list': z.strictObject({
    q: z.string().trim().max(300).optional(),
    kind: entityKind.optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  }),
  'entities.get': z.strictObject({ id }),
  /** The analyst merges `ids` into `into`: kept on every later import and re-extraction. */
  'entities.merge': z
    .strictObject({ ids: z.array(id).min(1).max(200), into: id })
    .refine((v) => v.ids.some((i) => i !== v.into), 'give at least one entity other than the one merged into'),
  /** The analyst moves some aliases (every mention written so) and/or single mentions to a new entity. */
  'entities.split': z
    .strictObject({
      id,
      aliases: z.array(z.string().trim().min(1).max(300)).max(200).optional(),
      mentionIds: z.array(id).max(5000).optional(),
      name: z.string().trim().min(1).max(300).optional(),
      kind: entityKind.optional(),
    })
    .refine((v) => (v.aliases?.length ?? 0) + (v.mentionIds?.length ?? 0) > 0, 'give the aliases or mention ids that form the new entity'),
  'entities.update': z
    .strictObject({ id, name: z.string().trim().min(1).max(300).optional(), kind: entityKind.optional() })
    .refine((v) => v.name !== undefined || v.kind !== undefined, 'give a name or a kind'),

  // annotations (#5)
  /** An article's annotations (all without articleId), in text order; anchors verified against the text. */
  'annotations.list': z.strictObject({ articleId: id.optional(), tag: tagName.optional() }),
  'annotations.get': z.strictObject({ id }),
  /** Highlight [start, end) of the article's text, with a comment, tags (made when new) and/or a colour. */
  'annotations.create': z.strictObject({
    articleId: id,
    start: offset,
    end: offset,
    comment: comment.optional(),
    tags: tagList.optional(),
    color: annotationColor.nullable().optional(),
  }),
  /** Change the comment, tags or colour (null: back to the tag's); start+end re-attach it there (an orphan too). */
  'annotations.update': z
    .strictObject({
      id,
      comment: comment.optional(),
      tags: tagList.optional(),
      color: annotationColor.nullable().optional(),
      start: offset.optional(),
      end: offset.optional(),
    })
    .refine((v) => (v.start === undefined) === (v.end === undefined), 'give both start and end'),
  'annotations.delete': z.strictObject({ id }),
  /** Undo of a delete: the annotation as annotations.delete returned it (checked again against the text). */
  'annotations.restore': z.strictObject({
    articleId: id,
    start: offset,
    end: offset,
    quote: z.string().min(1).max(100_000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    comment,
    tags: tagList,
    color: annotationColor.nullable(),
    state: z.enum(['anchored', 'orphaned']),
    carriedFrom: id.nullable().optional(),
  }),
  /** Annotations whose quote no longer matches their article (all articles without articleId). */
  'annotations.orphans': z.strictObject({ articleId: id.optional() }),
  /** Copy an article's annotations onto a near-duplicate or related article; what does not match is orphaned. */
  'annotations.carry': z
    .strictObject({ fromArticleId: id, toArticleId: id })
    .refine((v) => v.fromArticleId !== v.toArticleId, 'carry annotations to another article'),
  /** The note's citations that cite exactly an annotated span, with the annotation. */
  'annotations.cited': z.strictObject({ noteId: id }),
  /** The legend: every tag with its colour, description and how many annotations carry it. */
  'tags.list': empty,
  /** Create (no id) or change a tag: rename, recolour, describe. Annotations keep it across a rename. */
  'tags.save': z.strictObject({
    id: id.optional(),
    name: tagName,
    color: annotationColor.optional(),
    description: z.string().trim().max(MAX_TAG_DESCRIPTION).optional(),
  }),
  /** Remove a tag from the legend and from every annotation (the annotations stay). */
  'tags.delete': z.strictObject({ id }),

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
    /** Entities whose claims belong to the side (ids merged away follow their merge). */
    entityIds: z.array(id).max(200).optional(),
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

  /** Reverses the latest review decision (confirm, reject, speaker, new claim, merge, suggestion…). */
  'decisions.undo': empty,
  /** Applies again the decision undone last. */
  'decisions.redo': empty,

  'team.get': empty,
  /** The team server to connect shared notes to (ws:// on loopback, wss:// behind a TLS proxy). */
  'team.set': z.strictObject({
    url: z.string().max(500).regex(/^wss?:\/\/[\w.:[\]-]+(?:\/[\w./-]*)?$/, 'url must be ws://HOST:PORT or wss://HOST[/PATH]'),
    token: z.string().min(16).max(200).regex(/^[\w-]+$/, 'token is the one `quire team user add` printed'),
    name: z.string().trim().min(1).max(80),
  }),
  /** Makes a local note a shared document of a case (the case must exist on the server). */
  'team.share': z.strictObject({ noteId: id, caseName: z.string().regex(TEAM_CASE_NAME, 'a case name is letters, digits, dots, dashes or underscores') }),
  /** Opens a case's shared note as a local note (created on first open). */
  'team.open': z.strictObject({
    documentName: z.string().max(200).regex(TEAM_NOTE_DOCUMENT, 'a shared note is named CASE/note/ID'),
    title: z.string().trim().min(1).max(300),
  }),
  'team.link': z.strictObject({ noteId: id }),
  /** The shared document now holds the note's content: nobody seeds it again. */
  'team.seeded': z.strictObject({ noteId: id }),
  /** This store's decisions on the given articles' claims, keyed for a shared case (content hash and offsets). */
  'team.decisions': z.strictObject({ articleIds: z.array(id).min(1).max(10_000) }),
  /** A shared case's decisions applied to this store's claims, matched by content hash and offsets. */
  'team.applyDecisions': z.strictObject({
    decisions: z
      .array(
        z.strictObject({
          hash: z.string().regex(/^[0-9a-f]{64}$/, 'hash is an article content hash (sha256, hex)'),
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
          status: z.enum(['confirmed', 'rejected', 'suggested']),
          speaker: z.string().max(300).nullable(),
          by: z.string().max(80),
          at: z.string().max(40),
        }),
      )
      .max(100_000),
  }),

} as const;

export type Schemas = typeof schemas;
