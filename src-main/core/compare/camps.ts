// Which camp a speaker speaks for: the country or institution their role names first ("Russia
// Foreign Ministry spokesperson", "Russia’s ambassador to the United States", "Trump campaign
// spokesman"), and a person's own surname (a spokesman for Trump and Trump are one camp). Two
// statements from one camp rarely make a dispute worth reading: they are ranked lower.
import { personLike } from './features';

/** Titles and office words, never what a role names as the camp. */
const TITLES = new Set(
  (
    'mr mrs ms dr prof sen senator rep representative gov governor gen general president vice prime minister deputy foreign ' +
    'secretary ambassador chairman chairwoman chair director spokesman spokeswoman spokesperson press former chief special ' +
    'envoy mayor judge justice colonel lieutenant captain sergeant admiral commissioner official head leader member interior ' +
    'defense defence state affairs department ministry office agency council committee mission embassy consul consulate ' +
    'the a an of to for in at on'
  ).split(/\s+/),
);
/** First words that need the next one to name anything ("United States" is not "United Nations"). */
const OPENERS = new Set(['united', 'new', 'european', 'south', 'north', 'west', 'east', 'saudi', 'great', 'soviet']);

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}.’'-]+/gu) ?? [];
const fold = (w: string): string => w.toLowerCase().replace(/[’']s$/, '').replace(/[.’']/g, '');

/** The camp word of a role: its first capitalised word that is no title (with the next one after an opener). */
function roleCamp(role: string): string | null {
  const words = wordsOf(role);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const f = fold(w);
    if (!/^\p{Lu}/u.test(w) || TITLES.has(f) || f.length < 2) continue;
    const next = words[i + 1];
    return OPENERS.has(f) && next && /^\p{Lu}/u.test(next) ? `${f} ${fold(next)}` : f;
  }
  return null;
}

/** The camps a claim's speaker speaks for (folded words). */
export function campsOf(speaker: string | null, role: string | null | undefined): string[] {
  const out: string[] = [];
  const fromRole = role ? roleCamp(role) : null;
  if (fromRole) out.push(fromRole);
  const name = speaker?.trim();
  if (name) {
    const words = wordsOf(name);
    // A person's surname; an institution's camp is what it names first ("Russia", "Russian Embassy").
    const own = personLike(name) ? fold(words.at(-1) ?? '') : roleCamp(name);
    if (own && own.length >= 2) out.push(own);
  }
  return out;
}

/** One camp word in two forms ("russia" / "russian", "ukraine" / "ukrainian"). */
export function sameCampWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes(' ') || b.includes(' ')) return false;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 5 && k >= Math.min(a.length, b.length) - 1;
}

/** True when the two speak for one camp. */
export const sameCamp = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.some((y) => sameCampWord(x, y)));
