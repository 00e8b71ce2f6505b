// Find anything (search.query with filters) and the citation quick-pick (claims.search).
import type { ClaimHit, SearchHit } from '../contract/methods';
import { quoteContext } from '../../core/export/quote-context';
import type { Store } from '../../store/index';
import type { SearchHitRow } from '../../store/search';
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

export function searchMethods(store: Store) {
  return {
    'search.query': ({ q, limit, ...filters }: ServiceInput<'search.query'>): SearchHit[] =>
      store.search.query(q, limit ?? DEFAULT_SEARCH_LIMIT, filters).map((row) => toHit(row, store)),
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
