// Find anything (search.query with filters) and the citation quick-pick (claims.search).
import type { ClaimHit, SearchHit } from '../contract/methods';
import { quoteContext } from '../../core/export/quote-context';
import type { Store } from '../../store/index';
import { mergeHits, toMatchExpression, type SearchHitRow } from '../../store/search';
import type { SearchPool } from '../../workers/search-pool';
import type { ServiceInput } from './dispatch';

const DEFAULT_SEARCH_LIMIT = 50;
const DEFAULT_CLAIM_LIMIT = 12;

function toHit(row: SearchHitRow, store: Store): SearchHit {
  const hit: SearchHit = { type: row.type, id: row.id, title: row.title, snippet: row.snippet };
  if (row.type === 'annotation') hit.tags = store.annotations.get(row.id)?.tags.map((t) => t.name) ?? [];
  if (row.articleId !== null) hit.articleId = row.articleId;
  if (row.type === 'claim') hit.speaker = row.speaker;
  if (row.type !== 'note') {
    hit.outlet = row.outlet;
    hit.published = row.published;
  }
  return hit;
}

/** @param pool searches each kind on a worker thread when given (else on this thread). */
export function searchMethods(store: Store, pool: SearchPool | null) {
  return {
    'search.query': async ({ q, limit, ...filters }: ServiceInput<'search.query'>): Promise<SearchHit[]> => {
      if (toMatchExpression(q) === null) return [];
      const n = limit ?? DEFAULT_SEARCH_LIMIT;
      const lists = await Promise.all(
        store.search.kinds(filters).map(async (type) => (await pool?.run(type, q, n, filters)) ?? store.search.queryKind(type, q, n, filters)),
      );
      return mergeHits(lists, n).map((row) => toHit(row, store));
    },
    'claims.search': ({ q, limit }: ServiceInput<'claims.search'>): ClaimHit[] => {
      const texts = new Map<number, string | undefined>();
      return store.search.claims(q, limit ?? DEFAULT_CLAIM_LIMIT).map((row) => {
        if (!texts.has(row.articleId)) texts.set(row.articleId, store.articles.text(row.articleId));
        const text = texts.get(row.articleId);
        const context = text !== undefined && row.end <= text.length ? quoteContext(text, row.start, row.end) : { before: '', after: '' };
        return { ...row, context };
      });
    },
  };
}
