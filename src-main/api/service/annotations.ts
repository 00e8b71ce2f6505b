// Annotations (#5): highlights, comments and tags on an article's text; the tag ↔ colour legend;
// carrying annotations over to a near-duplicate or related article. Anchors follow core/text/anchors:
// verified against the article's text on every read, never moved to a lookalike passage.
import { citationTarget } from '../contract/methods';
import {
  ANNOTATION_PALETTE,
  DEFAULT_ANNOTATION_COLOR,
  type Annotation,
  type AnnotationColor,
  type AnnotationTag,
  type CarryOutcome,
  type CitedAnnotation,
  type OrphanReason,
} from '../contract/annotations';
import { describeRange, locate, type Anchor } from '../../core/text/anchors';
import type { AnnotationRow, Store, TagRow } from '../../store/index';
import type { ServiceImpl, ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';

type AnnotationMethods = Pick<
  ServiceImpl,
  | 'annotations.list'
  | 'annotations.get'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.restore'
  | 'annotations.orphans'
  | 'annotations.carry'
  | 'annotations.cited'
  | 'tags.list'
  | 'tags.save'
  | 'tags.delete'
>;

/** The longest passage one annotation may cover (a few pages: highlights are for passages). */
const MAX_ANNOTATED_CHARS = 20_000;

const anchorOf = (row: Pick<AnnotationRow, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>): Anchor => ({
  quote: { type: 'TextQuoteSelector', exact: row.quote, prefix: row.prefix, suffix: row.suffix },
  position: { type: 'TextPositionSelector', start: row.start, end: row.end },
});

/**
 * The row as the contract gives it. An anchored row is verified against its article's text
 * (`text`): found again by its quote if its offsets do not hold it, orphaned if not found at all.
 */
function toAnnotation(row: AnnotationRow, text: string | undefined): Annotation {
  let { start, end } = row;
  let state = row.state;
  let orphanReason = (row.orphanReason as OrphanReason | null) ?? null;
  if (state === 'anchored' && text !== undefined) {
    const found = locate(text, anchorOf(row), { sameText: true });
    if (found.anchored) ({ start, end } = found);
    else {
      state = 'orphaned';
      orphanReason = found.reason;
    }
  }
  const color = row.color as AnnotationColor | null;
  const quote = { type: 'TextQuoteSelector' as const, exact: row.quote, prefix: row.prefix, suffix: row.suffix };
  return {
    id: row.id,
    articleId: row.articleId,
    start,
    end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    comment: row.comment,
    tags: row.tags.map((t) => t.name),
    color,
    displayColor: color ?? (row.tags[0]?.color as AnnotationColor | undefined) ?? DEFAULT_ANNOTATION_COLOR,
    state,
    orphanReason: state === 'orphaned' ? orphanReason : null,
    carriedFrom: row.carriedFrom,
    selectors: [quote, { type: 'TextPositionSelector', start, end }],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const toTag = (row: TagRow): AnnotationTag => ({
  id: row.id,
  name: row.name,
  color: row.color as AnnotationColor,
  description: row.description,
  annotations: row.annotations,
});

/** [start, end) checked against the article's text: inside it, not only white space, not huge. */
function checkedSpan(text: string, start: number, end: number): void {
  if (end <= start) throw new QuireError('bad_request', `an annotation's end (${end}) must come after its start (${start})`);
  if (end > text.length) throw new QuireError('bad_request', `span ${start}-${end} is outside the article text (0-${text.length})`);
  if (end - start > MAX_ANNOTATED_CHARS) throw new QuireError('bad_request', `an annotation covers at most ${MAX_ANNOTATED_CHARS} characters`);
  if (!text.slice(start, end).trim()) throw new QuireError('bad_request', `span ${start}-${end} holds only white space`);
}

export function annotationMethods(store: Store): AnnotationMethods {
  const textOf = (articleId: number): string => {
    const text = store.articles.text(articleId);
    if (text === undefined) throw notFound('article', articleId);
    return text;
  };

  /** Rows as annotations, each article's text read once. */
  const present = (rows: AnnotationRow[]): Annotation[] => {
    const texts = new Map<number, string | undefined>();
    return rows.map((row) => {
      if (!texts.has(row.articleId)) texts.set(row.articleId, store.articles.text(row.articleId));
      return toAnnotation(row, texts.get(row.articleId));
    });
  };

  const fetch = (id: number): Annotation => {
    const row = store.annotations.get(id);
    if (!row) throw notFound('annotation', id);
    return toAnnotation(row, store.articles.text(row.articleId));
  };

  /** A colour for a new tag: the first palette colour no tag has yet. */
  const freeColor = (): AnnotationColor => {
    const used = new Set(store.annotations.tags().map((t) => t.color));
    return ANNOTATION_PALETTE.find((c) => !used.has(c)) ?? DEFAULT_ANNOTATION_COLOR;
  };

  /** Tag ids for names, creating the missing ones (call inside a transaction). */
  const tagIds = (names: readonly string[]): number[] =>
    names.map((name) => store.annotations.tagByName(name)?.id ?? store.annotations.insertTag(name, freeColor(), ''));

  const sameName = (name: string, except?: number): void => {
    const other = store.annotations.tagByName(name);
    if (other && other.id !== except) throw new QuireError('conflict', `a tag named “${other.name}” already exists`);
  };

  return {
    'annotations.list': ({ articleId, tag }: ServiceInput<'annotations.list'>): Annotation[] => {
      if (articleId !== undefined) textOf(articleId);
      return present(store.annotations.list({ ...(articleId !== undefined ? { articleId } : {}), ...(tag !== undefined ? { tag } : {}) }));
    },

    'annotations.get': ({ id }: ServiceInput<'annotations.get'>): Annotation => fetch(id),

    'annotations.create': ({ articleId, start, end, comment, tags, color }: ServiceInput<'annotations.create'>): Annotation =>
      store.transaction(() => {
        const text = textOf(articleId);
        checkedSpan(text, start, end);
        const { quote } = describeRange(text, start, end);
        const id = store.annotations.insert({
          articleId,
          start,
          end,
          quote: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          comment: comment?.trim() ?? '',
          color: color ?? null,
          state: 'anchored',
          orphanReason: null,
          carriedFrom: null,
        });
        if (tags?.length) store.annotations.setTags(id, tagIds(tags));
        return fetch(id);
      }),

    'annotations.update': ({ id, comment, tags, color, start, end }: ServiceInput<'annotations.update'>): Annotation =>
      store.transaction(() => {
        const before = store.annotations.get(id);
        if (!before) throw notFound('annotation', id);
        let anchor: { start: number; end: number; quote: string; prefix: string; suffix: string } | undefined;
        if (start !== undefined && end !== undefined) {
          const text = textOf(before.articleId);
          checkedSpan(text, start, end);
          const { quote } = describeRange(text, start, end);
          anchor = { start, end, quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
        }
        store.annotations.update(id, {
          ...(comment !== undefined ? { comment: comment.trim() } : {}),
          ...(color !== undefined ? { color } : {}),
          ...(anchor ? { anchor } : {}),
        });
        if (tags !== undefined) store.annotations.setTags(id, tagIds(tags));
        return fetch(id);
      }),

    'annotations.delete': ({ id }: ServiceInput<'annotations.delete'>): { deleted: number; annotation: Annotation } =>
      store.transaction(() => {
        const annotation = fetch(id);
        store.annotations.delete(id);
        return { deleted: id, annotation };
      }),

    'annotations.restore': (input: ServiceInput<'annotations.restore'>): Annotation =>
      store.transaction(() => {
        const text = textOf(input.articleId);
        if (input.end <= input.start) throw new QuireError('bad_request', `an annotation's end (${input.end}) must come after its start (${input.start})`);
        const anchor = anchorOf(input);
        // An anchored annotation comes back only where its words are; otherwise as an orphan.
        const found = input.state === 'anchored' ? locate(text, anchor, { sameText: true }) : null;
        const placed = found?.anchored ? found : null;
        const carriedFrom = input.carriedFrom != null && store.annotations.get(input.carriedFrom) ? input.carriedFrom : null;
        const id = store.annotations.insert({
          articleId: input.articleId,
          start: placed?.start ?? input.start,
          end: placed?.end ?? input.end,
          quote: input.quote,
          prefix: input.prefix,
          suffix: input.suffix,
          comment: input.comment.trim(),
          color: input.color,
          state: placed ? 'anchored' : 'orphaned',
          orphanReason: placed ? null : found && !found.anchored ? found.reason : 'quote_missing',
          carriedFrom,
        });
        if (input.tags.length) store.annotations.setTags(id, tagIds(input.tags));
        return fetch(id);
      }),

    'annotations.orphans': ({ articleId }: ServiceInput<'annotations.orphans'>): Annotation[] => {
      if (articleId !== undefined) textOf(articleId);
      return present(store.annotations.list(articleId !== undefined ? { articleId } : {})).filter((a) => a.state === 'orphaned');
    },

    'annotations.carry': ({ fromArticleId, toArticleId }: ServiceInput<'annotations.carry'>): CarryOutcome =>
      store.transaction(() => {
        textOf(fromArticleId);
        const target = textOf(toArticleId);
        if (!store.fingerprints.related(fromArticleId).some((r) => r.articleId === toArticleId)) {
          throw new QuireError('bad_request', `article ${toArticleId} is not a near-duplicate or related article of article ${fromArticleId}`);
        }
        const done = store.annotations.carriedInto(toArticleId);
        const outcome: CarryOutcome = { carried: [], orphaned: [], skipped: 0 };
        const sources = present(store.annotations.list({ articleId: fromArticleId })).filter((a) => a.state === 'anchored');
        for (const source of sources) {
          if (done.has(source.id)) {
            outcome.skipped++;
            continue;
          }
          const found = locate(target, anchorOf(source), { sameText: false });
          // Placed: selectors re-read from the target text. Orphaned: the source's selectors, kept to show what it said.
          const selectors = found.anchored ? describeRange(target, found.start, found.end).quote : anchorOf(source).quote;
          const id = store.annotations.insert({
            articleId: toArticleId,
            start: found.anchored ? found.start : source.start,
            end: found.anchored ? found.end : source.end,
            quote: selectors.exact,
            prefix: selectors.prefix,
            suffix: selectors.suffix,
            comment: source.comment,
            color: source.color,
            state: found.anchored ? 'anchored' : 'orphaned',
            orphanReason: found.anchored ? null : found.reason,
            carriedFrom: source.id,
          });
          if (source.tags.length) store.annotations.setTags(id, tagIds(source.tags));
          (found.anchored ? outcome.carried : outcome.orphaned).push(fetch(id));
        }
        return outcome;
      }),

    'annotations.cited': ({ noteId }: ServiceInput<'annotations.cited'>): CitedAnnotation[] => {
      if (!store.notes.exists(noteId)) throw notFound('note', noteId);
      const out: CitedAnnotation[] = [];
      const seen = new Set<string>();
      for (const c of store.notes.citations(noteId)) {
        if (c.kind !== 'article' || c.articleId === null || c.start === null || c.end === null) continue;
        const target = citationTarget({ kind: 'article', articleId: c.articleId, start: c.start, end: c.end });
        if (seen.has(target)) continue;
        seen.add(target);
        const [row] = store.annotations.atSpan(c.articleId, c.start, c.end);
        if (row) out.push({ target, annotation: toAnnotation(row, store.articles.text(row.articleId)) });
      }
      return out;
    },

    'tags.list': (): AnnotationTag[] => store.annotations.tags().map(toTag),

    'tags.save': ({ id, name, color, description }: ServiceInput<'tags.save'>): AnnotationTag =>
      store.transaction(() => {
        sameName(name, id);
        let tagId = id;
        if (tagId === undefined) tagId = store.annotations.insertTag(name, color ?? freeColor(), description ?? '');
        else if (!store.annotations.updateTag(tagId, { name, ...(color !== undefined ? { color } : {}), ...(description !== undefined ? { description } : {}) })) {
          throw notFound('tag', tagId);
        }
        const row = store.annotations.tag(tagId);
        if (!row) throw new QuireError('internal', 'the tag was not stored');
        return toTag(row);
      }),

    'tags.delete': ({ id }: ServiceInput<'tags.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.annotations.deleteTag(id)) throw notFound('tag', id);
        return { deleted: id };
      }),
  };
}
