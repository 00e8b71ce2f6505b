// People, organisations and places named in an article, with every mention's offsets, and a
// transliteration-aware name similarity to merge them within and across articles: "Nebenzia" and
// "Nebenzya", "Antoly Antonov" and "Anatoly Antonov", a surname alone and the full name. The rules
// are general spelling alternations, never a list of names. Pure: strings in, plain data out.
import { namedMentions, type NamedRef } from '../text/names';
import { paragraphRanges } from '../text/paragraphs';
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
