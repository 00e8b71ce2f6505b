// Strings reaching the service are made well-formed UTF-16 before anything stores them: a lone
// surrogate (half of a pair, from a buggy client or a crafted call) becomes U+FFFD. SQLite stores
// text as UTF-8, where a lone surrogate has no encoding: written as is, other readers of the file
// fail on the table. One code unit replaces one, so offsets into the text stay as they were.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const wellFormedText = (s: string): string => s.replace(LONE_SURROGATE, '\uFFFD');

/** `value` with every string in it (object keys too) well-formed; plain data only (parsed arguments). */
export function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return wellFormedText(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormedText(k), wellFormed(v)]));
  }
  return value;
}
