// The title and role given with a speaker's name, kept apart from the name: "US Deputy
// Representative to the UN Ambassador Richard Mills" → role "US Deputy Representative to the UN
// Ambassador"; "Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said" →
// "spokeswoman for the U.S. Mission to the United Nations".
import { isConnector, isRole } from '../text/names';
import { adjacent, isCapitalised, wordsIn, type Word } from '../text/words';
import { speechVerb } from './speech-verbs';

const MAX_BACK = 160;
const DETERMINER = /^(?:the|a|an|The|A|An)$/;
/** Capitalised words that open a sentence or a clause without belonging to a role. */
const NOT_ROLE_START = /^(?:Last|Earlier|Later|On|In|At|By|But|And|Meanwhile|However|Also|Then|When|While|After|Before|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const LOWER_ROLE_RE = /^\p{Ll}{3,}(?:er|or|ist|ive|man|woman|person|ant|ent|ary|ian)$|^(?:chief|head|deputy|foreign|state|council|union)$/u;
const NOT_LOWER_ROLE = new Set('after never under other over either rather whether further later earlier however whatever together consumer present recent current different silent patient ordinary necessary temporary primary secondary military voluntary'.split(' '));
const LOWER_ROLE = { test: (w: string): boolean => LOWER_ROLE_RE.test(w) && !NOT_LOWER_ROLE.has(w) };

/** The role written before the name starting at `nameStart` (within `from`..), or null. */
export function roleBefore(text: string, from: number, nameStart: number): string | null {
  const words = wordsIn(text, Math.max(from, nameStart - MAX_BACK), nameStart);
  const run: Word[] = [];
  let next: Word | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const gap = text.slice(w.end, next ? next.start : nameStart);
    if (!/^[^\S\n]+$/.test(gap)) break;
    const modifiesRole = next !== null && (isRole(next.text) || LOWER_ROLE.test(next.text)) && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w.text) && !speechVerb(w.text);
    if (!(isCapitalised(w.text) || isConnector(w.text) || isRole(w.text) || LOWER_ROLE.test(w.text) || /['’]s$/.test(w.text) || modifiesRole)) break;
    run.unshift(w);
    next = w;
  }
  while (run.length > 0 && (isConnector(run[0]!.text) || DETERMINER.test(run[0]!.text) || NOT_ROLE_START.test(run[0]!.text) || (/^\p{Ll}/u.test(run[0]!.text) && !isRole(run[0]!.text) && !LOWER_ROLE.test(run[0]!.text) && !(run[1] && (isRole(run[1].text) || LOWER_ROLE.test(run[1].text)))))) run.shift();
  while (run.length > 0 && isConnector(run[run.length - 1]!.text)) run.pop();
  if (run.length === 0 || !run.some((w) => isRole(w.text) || LOWER_ROLE.test(w.text))) return null;
  for (let i = 1; i < run.length; i++) if (!adjacent(text, run[i - 1]!, run[i]!)) return null;
  return text.slice(run[0]!.start, run[run.length - 1]!.end);
}

/**
 * The role in an appositive right after the name: "X, a spokeswoman for the mission, said" or
 * "X, Ostrana's envoy in the capital, said" (the possessive kept with the role).
 */
export function roleAfter(text: string, nameEnd: number): string | null {
  const m = /^,\s+(?:(?:a|an|the)\s+|(\p{Lu}[\p{L}-]*['’]s\s+))([^,;:"“”«»\n]{3,120}?),/u.exec(text.slice(nameEnd, nameEnd + 140));
  if (!m) return null;
  const role = m[2]!;
  const first = role.split(/\s+/)[0]!;
  const isRolePhrase = isRole(first) || LOWER_ROLE.test(first) || isRole(role.split(/\s+/).find((w) => !/^(?:senior|top|former|deputy|chief)$/i.test(w)) ?? '');
  return isRolePhrase ? `${m[1] ?? ''}${role}` : null;
}

/** The role given with the name written from `nameStart` (before it, else in an appositive after it). */
export function roleAt(text: string, sentenceStart: number, nameStart: number): string | null {
  const before = roleBefore(text, sentenceStart, nameStart);
  if (before) return before;
  const words = wordsIn(text, nameStart, Math.min(text.length, nameStart + 80));
  let end = -1;
  for (let i = 0; i < words.length && isCapitalised(words[i]!.text); i++) {
    if (i > 0 && !adjacent(text, words[i - 1]!, words[i]!)) break;
    end = words[i]!.end;
  }
  return end < 0 ? null : roleAfter(text, end);
}
