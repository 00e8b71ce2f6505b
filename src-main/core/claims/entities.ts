// People, organisations and places named in an article, with every mention's offsets, and a
// transliteration-aware name similarity to merge them within and across articles: "Nebenzia" and
// "Nebenzya", "Antoly Antonov" and "Anatoly Antonov", a surname alone and the full name. The rules
// are general spelling alternations, never a list of names. Pure: strings in, plain data out.
import { namedMentions, type NamedRef } from '../text/names';
import { foldWord } from '../text/words';
import { paragraphRanges } from '../text/paragraphs';
import { extractSlavicEntities } from './slavic/entities';
import { paragraphLanguages } from './slavic/language';
import { hasCyrillic, latinOf, latinVariants } from './slavic/translit';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityMention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  kind: EntityKind;
  /** The fullest name seen. */
  name: string;
  /** Other spellings seen (surname-only forms and transliteration variants). */
  aliases: string[];
  mentions: EntityMention[];
}

/** Lowercase, no diacritics, Latin letters only (Cyrillic transliterated by the standard schemes). */
function fold(s: string): string {
  return foldWord(latinOf(s)).replace(/[^a-z]/g, '');
}

/**
 * A spelling key for one name token: diacritics dropped, common transliteration alternations
 * mapped to one form (ija/iya/ya/ia → ia, y/j → i, ks/x, w/ff/v → v, ph → f, kh → h, ck → k,
 * ou → u, final ey/ei → ei), doubled letters collapsed.
 */
export function translitKey(token: string): string {
  let s = fold(token);
  s = s.replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/ks/g, 'x').replace(/cz/g, 'ch');
  s = s.replace(/ff/g, 'v').replace(/w/g, 'v').replace(/ou/g, 'u');
  s = s.replace(/ij?a/g, 'ia').replace(/iya/g, 'ia').replace(/ya/g, 'ia').replace(/yu/g, 'iu').replace(/ju/g, 'iu');
  s = s.replace(/[yj]/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/e[iy]$/, 'ei').replace(/ii$/, 'i');
  return s;
}

export const skeleton = (key: string): string => key.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Similarity of two name tokens in [0, 1]: 1 for the same transliteration key; high when only
 * vowels differ by little (same consonant skeleton, "Antoly" / "Anatoly"); otherwise the
 * normalised edit distance, damped so that a changed consonant ("Porter" / "Potter") stays low.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (hasCyrillic(a) || hasCyrillic(b)) {
    // Each Latin reading of a Cyrillic word (a Ukrainian one has two): the best pair counts.
    let best = 0;
    for (const x of latinVariants(a)) for (const y of latinVariants(b)) best = Math.max(best, latinSimilarity(x, y));
    return best;
  }
  return latinSimilarity(a, b);
}

function latinSimilarity(a: string, b: string): number {
  const x = translitKey(a);
  const y = translitKey(b);
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const d = levenshtein(x, y);
  const plain = 1 - d / Math.max(x.length, y.length);
  if (skeleton(x) === skeleton(y) && d <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 4))) return Math.max(0.86, plain);
  return plain * 0.8;
}

/** Same-entity threshold for {@link nameSimilarity}. */
export const SAME_NAME = 0.85;

export const tokens = (name: string): string[] =>
  name.split(/\s+/).filter((t) => t.length > 0 && !/^(?:the|of|de|van|von|der|al|bin|jr\.?|sr\.?)$/i.test(t));

/**
 * Similarity of two person names in [0, 1]. Surnames (last words) must match; given names, when
 * both are written, must match too (an initial matches its letter); a surname alone matches the
 * full name.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const surname = tokenSimilarity(ta[ta.length - 1]!, tb[tb.length - 1]!);
  if (ta.length === 1 || tb.length === 1) return surname;
  const fa = ta[0]!;
  const fb = tb[0]!;
  let given: number;
  if (/^\p{L}\.?$/u.test(fa) || /^\p{L}\.?$/u.test(fb)) given = fold(fa)[0] === fold(fb)[0] ? 1 : 0;
  else given = tokenSimilarity(fa, fb);
  return Math.min(surname, given);
}

export const sameName = (a: string, b: string): boolean => nameSimilarity(a, b) >= SAME_NAME;

/** Organisation and place names: compared whole, folded, without a leading "the". */
export const orgKey = (name: string): string => fold(name.replace(/^the\s+/i, ''));

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
/** One-word adjectives of nationality or direction ("Russian", "Western", "Chinese", "British"). */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|ern|ese|ish|ic|an)$/u;

function sentenceInitial(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“”«»„(]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:|—–-]/.test(text[i]!) || text.slice(i + 1, pos).includes('\n');
}

const ORG_WORD = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

function kindOf(ref: NamedRef): EntityKind | null {
  if (ref.kind === 'person') return 'person';
  if (ref.kind === 'institution') return 'organisation';
  if (ref.kind === 'entity') return ORG_WORD.test(ref.name) ? 'organisation' : 'place';
  return null;
}

/**
 * Entities named in `text`. Person mentions merge when {@link sameName} holds; a one-word mention
 * that is the surname of exactly one person becomes that person's mention (not a place).
 */
export function extractEntities(text: string, language: string | null = null): Entity[] {
  // Russian and Ukrainian paragraphs have their own reader; the rest is read here.
  const paragraphs = paragraphRanges(text);
  const langs = paragraphLanguages(text, paragraphs, language);
  const slavic = paragraphs.flatMap((p, i) => (langs[i] === 'ru' || langs[i] === 'uk' ? [{ ...p, lang: langs[i] as 'ru' | 'uk' }] : []));
  if (slavic.length === 0) return extractEnglishEntities(text);
  const own = extractSlavicEntities(text, slavic);
  if (slavic.length === paragraphs.length) return own;
  const inSlavic = (pos: number): boolean => slavic.some((p) => pos >= p.start && pos < p.end);
  const english = extractEnglishEntities(text)
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inSlavic(m.start)) }))
    .filter((e) => e.mentions.length > 0);
  return [...english, ...own].sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
}

function extractEnglishEntities(text: string): Entity[] {
  const people: Entity[] = [];
  const others = new Map<string, Entity>();
  const pending: { ref: NamedRef; kind: EntityKind }[] = [];
  const singles = new Map<string, { mid: boolean }>();
  const refs: NamedRef[] = [];
  for (const raw of namedMentions(text)) {
    const name = raw.name.replace(/['’]s$/, '');
    if (!name.includes(' ') && (CALENDAR.test(name) || ADJECTIVE.test(name) || name.length < 2)) continue;
    const ref = { ...raw, name };
    refs.push(ref);
    if (!name.includes(' ')) {
      const entry = singles.get(name) ?? { mid: false };
      if (!sentenceInitial(text, ref.start)) entry.mid = true;
      singles.set(name, entry);
    }
  }
  for (const ref of refs) {
    const kind = kindOf(ref);
    if (!kind) continue;
    if (kind === 'person' && ref.name.includes(' ')) addPerson(people, ref.name, ref);
    else pending.push({ ref, kind });
  }
  for (const { ref, kind } of pending) {
    const owners = kind !== 'organisation' ? people.filter((p) => sameName(p.name, ref.name)) : [];
    if (owners.length === 1) {
      addMention(owners[0]!, ref);
      continue;
    }
    // A lone capitalised word seen only at sentence starts ("Leave", "Send") is not a name.
    if (!ref.name.includes(' ') && !singles.get(ref.name)?.mid) continue;
    if (kind === 'person') {
      addPerson(people, ref.name, ref);
      continue;
    }
    const key = `${kind}:${orgKey(ref.name)}`;
    let e = others.get(key);
    if (!e) {
      e = { kind, name: ref.name.replace(/^the\s+/i, ''), aliases: [], mentions: [] };
      others.set(key, e);
    }
    addMention(e, ref);
  }
  const all = [...people, ...others.values()];
  for (const e of all) e.mentions.sort((x, y) => x.start - y.start);
  return all.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
}

function addMention(e: Entity, ref: NamedRef): void {
  e.mentions.push({ text: ref.name, start: ref.start, end: ref.start + ref.name.length });
  if (ref.name !== e.name && !e.aliases.includes(ref.name)) e.aliases.push(ref.name);
}

function addPerson(people: Entity[], name: string, ref: NamedRef): void {
  const match = people.find((p) => sameName(p.name, name));
  if (!match) {
    people.push({ kind: 'person', name, aliases: [], mentions: [{ text: ref.name, start: ref.start, end: ref.start + ref.name.length }] });
    return;
  }
  if (tokens(name).length > tokens(match.name).length) {
    match.aliases.push(match.name);
    match.name = name;
  }
  addMention(match, ref);
}

/**
 * Merges entity lists (e.g. from several articles) into one: people by {@link sameName}, a
 * surname-only person into the one full name it matches, organisations and places by folded name.
 * The result keeps each input entity's mentions under `sources[i]` so offsets stay per article.
 */
export interface MergedEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Per input list index: the mentions from that list. */
  sources: Map<number, EntityMention[]>;
}

export function mergeEntities(lists: readonly (readonly Entity[])[]): MergedEntity[] {
  const out: MergedEntity[] = [];
  const flat = lists.flatMap((list, i) => list.map((e) => ({ e, i })));
  // Fuller names first, so surnames attach to a full name already present.
  flat.sort((a, b) => tokens(b.e.name).length - tokens(a.e.name).length);
  for (const { e, i } of flat) {
    let target: MergedEntity | undefined;
    if (e.kind === 'person') {
      const candidates = out.filter((m) => m.kind === 'person' && sameName(m.name, e.name));
      target = candidates.length === 1 ? candidates[0] : undefined;
    } else {
      target = out.find((m) => m.kind === e.kind && orgKey(m.name) === orgKey(e.name));
    }
    if (!target) {
      target = { kind: e.kind, name: e.name, aliases: [...e.aliases], sources: new Map() };
      out.push(target);
    } else {
      for (const alias of [e.name, ...e.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    }
    target.sources.set(i, [...(target.sources.get(i) ?? []), ...e.mentions]);
  }
  return out;
}
