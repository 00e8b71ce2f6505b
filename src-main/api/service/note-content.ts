// A note's Lexical JSON is cleaned when it is saved:
// - inline styles are dropped. Quire's editor never sets one (pastes lose theirs before they reach
//   the editor), so a `style` arriving through the API can only be crafted: applied to the page it
//   could load a `url()` (the CSP is the second wall, not the first) or hide text from the analyst.
//   Every `style` and `textStyle` is stored empty.
// - a lone surrogate written as a JSON escape (`\ud800`), which would come back as one once the
//   JSON is parsed, becomes U+FFFD like any other string the service stores.
import { wellFormedText } from './well-formed';

const STYLE_KEYS = new Set(['style', 'textStyle']);
/** A JSON escape of a surrogate: only then can parsing give a lone one. */
const SURROGATE_ESCAPE = /\\u[dD][89abAB]|\\u[dD][c-fC-F]/;

/** The content cleaned; the same string when there was nothing to clean (or it is not JSON). */
export function cleanNoteContent(content: string): string {
  if (!content.includes('tyle"') && !SURROGATE_ESCAPE.test(content)) return content;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return content;
  }
  let changed = false;
  const clean = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') {
      const next = key !== null && STYLE_KEYS.has(key) ? '' : wellFormedText(value);
      if (next !== value) changed = true;
      return next;
    }
    if (Array.isArray(value)) return value.map((v) => clean(v, null));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, k)]));
    return value;
  };
  const cleaned = clean(parsed, null);
  return changed ? JSON.stringify(cleaned) : content;
}
