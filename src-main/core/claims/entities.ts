// People, organisations and places named in an article, with every mention's offsets, and a
// transliteration-aware name similarity to merge them within and across articles: "Nebenzia" and
// "Nebenzya", "Antoly Antonov" and "Anatoly Antonov", a surname alone and the full name. The rules
// are general spelling alternations, never a list of names. Pure: strings in, plain data out.
import { namedMentions, type NamedRef } from '../text/names';
import { paragraphRanges } from '../text/paragraphs';
import type { TextRange } from '../text/ranges';
import { extractSlavicEntities } from './slavic/entities';
import { paragraphLanguages } from './slavic/language';
import { orgKey, sameName, tokens, type Entity, type EntityKind, type EntityMention } from './entity-names';

export * from './entity-names';


const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
/** One-word adjectives of nationality or direction ("Russian", "Western", "Chinese", "British"). */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean|ern|ese|ish|ic|an)$/u;

function sentenceInitial(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“”«»„(]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:|—–-]/.test(text[i]!) || text.slice(i + 1, pos).includes('\n');
}

const ORG_WORD = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/** First words of place names ("New York", "North Carolina", "St. Petersburg", "Fort Wayne"). */
const PLACE_FIRST = /^(?:new|north|south|east|west|northern|southern|eastern|western|middle|central|upper|lower|st\.?|saint|san|santa|los|las|fort|port|mount|lake|cape|gulf)$/i;
/** Last words of place names ("Wall Street", "Nassau County", "Coral Springs", "Washington D.C."). */
const PLACE_LAST = /^(?:street|avenue|road|boulevard|county|country|city|state|province|region|island|islands|springs|beach|valley|heights|park|square|coast|bay|river|zero|europe|america|asia|africa|korea|d\.c\.?)$/i;
/** Last words of organisations and outlets ("Johns Hopkins University", "Cincinnati Enquirer", "Peace Corps"). */
const ORG_LAST =
  /^(?:university|college|institute|school|studies|research|caucus|corps|convention|committee|council|association|party|union|center|centre|foundation|fund|bank|group|company|corporation|inc\.?|enquirer|times|post|tribune|herald|journal|gazette|daily|magazine|review|news|radio|network|music|records|warriors|cavaliers|consult|partnership|patriot)$/i;
/** Last words of things that are no entity at all ("Affordable Care Act", "Cold War", "Election Day", "Senior Fellow"). */
const THING_LAST = /^(?:act|amendment|pact|war|day|grants|issues|coverage|debates|relations|photo|fellow|tank|donors|worried|orders|won['’]t)$/i;
/** Nationalities as nouns: a group of people ("Lithuanian Americans"), not an entity. */
const PEOPLES = /^(?:americans?|europeans?|asians?|africans?)$/i;
/** A nationality or region as an adjective ("European", "Lithuanian", "Chinese", "British"). */
const NATIONALITY = /(?:ean|ian|ese|ish)$/;
/** A lower-case word joining two names ("Kyiv to Lviv"): a fragment unless an institution's head word comes before it ("Mission to the United Nations"). */
const JOINER = /^(?:to|for|in|at|on|and|of|from)$/;
const INSTITUTION_HEAD =
  /^(?:mission|embassy|consulate|department|ministry|court|organi[sz]ation|bureau|office|council|committee|commission|university|institute|school|bank|board|agency|services?|center|centre|house|league|federation|union|association|society|foundation|fund|academy|secretary|minister|party|government|assembly|force|forces|army|navy|command|chamber|parliament|senate|congress|administration|authority|corporation|company|group|council)$/i;

/**
 * What a name taken for a person or a place really is, by its words: a place ("New York", "Wall
 * Street"), an organisation or outlet ("Johns Hopkins University"), or nothing (a law, a war, a
 * people, a fragment across a joining word). Null: leave it as read.
 */
function kindByWords(name: string, read: EntityKind): EntityKind | 'none' | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words.at(-1)!;
  const joiner = words.findIndex((w) => JOINER.test(w));
  if (joiner > 0 && !INSTITUTION_HEAD.test(words[joiner - 1]!)) return 'none';
  if (THING_LAST.test(last) || PEOPLES.test(last) || (words.every((w) => ADJECTIVE.test(w)) && NATIONALITY.test(last))) return 'none';
  if (read === 'organisation') return null;
  if (ORG_LAST.test(last)) return 'organisation';
  if (PLACE_FIRST.test(first) || PLACE_LAST.test(last)) return 'place';
  // A name in capitals that is no acronym is a dateline's or a headline's ("LOS ANGELES").
  if (read === 'person' && words.every((w) => /^\p{Lu}{3,}$/u.test(w))) return 'place';
  return null;
}

function kindOf(ref: NamedRef): EntityKind | null {
  const read: EntityKind | null =
    ref.kind === 'person' ? 'person' : ref.kind === 'institution' ? 'organisation' : ref.kind === 'entity' ? (ORG_WORD.test(ref.name) ? 'organisation' : 'place') : null;
  if (!read) return null;
  const byWords = kindByWords(ref.name, read);
  return byWords === 'none' ? null : (byWords ?? read);
}

/**
 * Ranges of title-case lines (a headline: most of four to 25 words capitalised, no sentence's full stop), where
 * capitals say nothing about names: a name read there counts only when the body names it too.
 */
function titleLines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
    const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:a|an|the|of|to|in|on|for|and|at|by)$/i.test(w)).length;
    const counted = words.filter((w) => !/^(?:a|an|the|of|to|in|on|for|and|at|by)$/.test(w)).length;
    // A headline is short and one phrase: no full stop inside or at its end.
    if (counted >= 4 && counted <= 25 && !/\p{Ll}[.!?]["”’]?(?:\s|$)/u.test(line) && caps / counted >= 0.75) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
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
  const titles = titleLines(text);
  const inTitle = (pos: number): boolean => titles.some((t) => pos >= t.start && pos < t.end);
  const mentions = namedMentions(text).map((raw) => ({ ...raw, name: raw.name.replace(/['’]s$/, '') }));
  const inBody = new Set(mentions.filter((m) => !inTitle(m.start)).map((m) => m.name));
  for (const ref of mentions) {
    const name = ref.name;
    if (!name.includes(' ') && (CALENDAR.test(name) || ADJECTIVE.test(name) || name.length < 2)) continue;
    // A headline's capitals make names of any words ("Russia Orders", "Diplomats to Leave").
    if (inTitle(ref.start) && !inBody.has(name)) continue;
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
