// Turning the phrase that names a speaker into the name shown to the analyst: surnames become
// the fullest name seen earlier, pronouns the most recent named person, "the embassy" the
// embassy named nearby. Lookups are indexed so a long text stays linear-ish.
import { namedMentions, type NamedRef } from '../text/names';

/** Generic references worth showing even when nothing nearby names them. */
const SHOWN_GENERIC = /^(?:the|its|their)\s+(?:embassy|ministry|department|government|kremlin|mission|office|agency|council|committee|commission|court|administration|police|military|army|spokesperson|spokesman|spokeswoman)$/i;
/** A subject phrase ending with a document's noun. */
const DOCUMENT = /\b(?:report|reports|statement|study|poll|polls|survey|analysis|document|documents|letter|memo|filing|filings|website|book|article|story|data|records|release|record|figures|tally|review|audit|complaint|lawsuit|ruling|order|email|emails|post|tweet|video|ad|advertisement)$/i;
/** Descriptor nouns that introduce an organisation's name ("chip maker Orbis Silicon"). */
const DESCRIPTOR = /\b(?:maker|company|firm|group|operator|giant|carrier|retailer|producer|manufacturer|developer|provider|agency|airline|bank|chain|startup|insurer|lender|broadcaster|publisher|charity|organisation|organization|supplier|utility|automaker|carmaker|conglomerate)\s+(?:the\s+)?$/i;
const COMPANY_NOUN = /^(?:company|firm|group|operator|carrier|retailer|producer|manufacturer|agency|airline|bank|chain|charity|organisation|organization|insurer|lender|broadcaster|utility|automaker|carmaker)$/;
/** Role nouns that "the <noun>" may use for a person named with it earlier. */
const ROLE_NOUN = /^(?:minister|mayor|governor|president|senator|chairman|chairwoman|ambassador|director|judge|envoy|prosecutor|spokesman|spokeswoman|spokesperson|secretary|chancellor|coach|chief|commissioner)$/;
/** How far ahead "its director" may look for the director named just after. */
const FORWARD_WINDOW = 600;
/** A plural speaker ("officials", "Many lawmakers", "Residents’ groups") that "they" may stand for. */
const PLURAL = /(?:[^s]s|ies|people|police|staff)$/i;
/** How far back "it said" may look for the institution that spoke. */
const PRONOUN_WINDOW = 1500;
/** How far back "the embassy" / "the statement" may look for the institution it stands for. */
const INSTITUTION_WINDOW = 3000;

const FEMALE = /\b(?:Mrs|Ms|Miss|Madam|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|actress|Queen|Princess|Lady|Dame|sister|mother|wife|daughter|grandmother|widow)\.?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu;
const MALE = /\b(?:Mr|Sir|spokesman|chairman|congressman|businessman|councilman|King|Prince|Lord|brother|father|husband|son|grandfather|widower)\.?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu;

/** The gender a title or role noun just before a name tells ("Ms. Vale", "spokesman Tom Reid"). */
function genderBefore(lead: string): 'male' | 'female' | null {
  if (FEMALE.test(lead)) return 'female';
  if (MALE.test(lead)) return 'male';
  return null;
}

/** Index of the last item with `at(item) < pos` in a list sorted by `at`, or -1. */
function lastBefore<T>(items: readonly T[], pos: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

interface SurnameIndex {
  /** Mentions ending with the surname, in text order. */
  mentions: NamedRef[];
  /** longest[i]: the longest name among mentions[0..i]. */
  longest: string[];
}

export class SpeakerResolver {
  private readonly bySurname = new Map<string, SurnameIndex>();
  private readonly institutions: NamedRef[];
  /** Named persons who spoke, in text order (for pronouns). */
  private readonly speakers: { at: number; name: string }[] = [];
  /** Groups and plural institutions that spoke, in text order (for "they said"). */
  private readonly groups: { at: number; name: string }[] = [];
  /** Institutions, countries and companies that spoke, in text order (for "it said"). */
  private readonly actors: { at: number; name: string }[] = [];
  /** People named with a role noun before them, in text order (for "the mayor said"). */
  private readonly titled: { role: string; ref: NamedRef }[] = [];
  /** A person's grammatical gender when a title or role noun beside the name tells it. */
  private readonly gender = new Map<string, 'male' | 'female'>();
  /** Names introduced by a descriptor noun ("chip maker Orbis Silicon"), for "the company". */
  private readonly described: NamedRef[] = [];

  constructor(text: string) {
    const mentions = namedMentions(text);
    for (const p of mentions) {
      if (p.kind !== 'person' || !p.name.includes(' ')) continue;
      const surname = p.name.slice(p.name.lastIndexOf(' ') + 1);
      let entry = this.bySurname.get(surname);
      if (!entry) {
        entry = { mentions: [], longest: [] };
        this.bySurname.set(surname, entry);
      }
      const prev = entry.longest[entry.longest.length - 1];
      entry.mentions.push(p);
      entry.longest.push(prev && prev.length >= p.name.length ? prev : p.name);
    }
    this.institutions = mentions.filter((r) => r.kind === 'institution' && r.name.includes(' '));
    for (const r of mentions) {
      const before = text.slice(Math.max(0, r.start - 30), r.start);
      if (DESCRIPTOR.test(before)) this.described.push(r);
      if (r.kind === 'person') {
        const g = genderBefore(text.slice(Math.max(0, r.start - 40), r.start));
        if (g) {
          for (const key of [r.name, r.name.slice(r.name.lastIndexOf(' ') + 1)]) if (!this.gender.has(key)) this.gender.set(key, g);
        }
      }
      if (r.kind === 'person' && r.name.includes(' ')) {
        // "Mayor Piotr Zielinski", "the city's mayor, Paul Renard": "the mayor" may stand for them.
        const lead = text.slice(Math.max(0, r.start - 60), r.start).toLowerCase();
        for (const w of lead.split(/[^\p{L}]+/u).slice(-6)) if (ROLE_NOUN.test(w)) this.titled.push({ role: w, ref: r });
      }
    }
  }

  /** Records that an institution, a country or a company spoke at `at`; call in text order. */
  noteActor(name: string, at: number): void {
    this.actors.push({ at, name });
    if (PLURAL.test(name)) this.groups.push({ at, name });
  }

  /** Records that a group named by a plural phrase spoke at `at` ("Many lawmakers", "the protesters"); call in text order. */
  noteGroup(name: string, at: number): void {
    if (PLURAL.test(name)) this.groups.push({ at, name });
  }

  /** The fullest person name ending with `surname`, preferring mentions before `at`. */
  private fullName(surname: string, at: number): string | null {
    const entry = this.bySurname.get(surname);
    if (!entry) return null;
    const i = lastBefore(entry.mentions, at, (m) => m.start);
    return i >= 0 ? entry.longest[i]! : entry.longest[entry.longest.length - 1]!;
  }

  /** Records that a named person spoke at `at` (pronouns after it may refer to them); call in text order. */
  noteSpeaker(name: string, at: number): void {
    this.speakers.push({ at, name });
  }

  /** True when `ref` is (or resolves to) a person. */
  isPerson(ref: NamedRef): boolean {
    if (ref.kind === 'person') return true;
    return ref.kind === 'entity' && this.bySurname.has(ref.name);
  }

  /** The displayed speaker for `ref` found at `at`, or null when it cannot be told. */
  resolve(ref: NamedRef | null, at: number): string | null {
    if (!ref) return null;
    switch (ref.kind) {
      case 'person':
      case 'entity': {
        const name = ref.name.replace(/^the\s+/i, '');
        if (!name.includes(' ')) return this.fullName(name, at) ?? name;
        const fuller = this.fullName(name.slice(name.lastIndexOf(' ') + 1), at);
        return fuller && fuller.length > name.length && fuller.endsWith(name) ? fuller : name;
      }
      case 'institution':
        return ref.name.replace(/^the\s+/i, '');
      case 'unnamed':
        // "Most of the candidates", "Trump fans": shown as written; a bare "who" or "them" is no one.
        // A document ("the report said") is no speaker either.
        if (!ref.name || DOCUMENT.test(ref.name)) return null;
        return ref.name.replace(/^(?:The|A|An)\s/, (d) => d.toLowerCase());
      case 'pronoun': {
        if (ref.name === 'it') {
          const i = lastBefore(this.actors, at, (s) => s.at);
          return i >= 0 && at - this.actors[i]!.at < PRONOUN_WINDOW ? this.actors[i]!.name : null;
        }
        if (ref.name === 'they') {
          const i = lastBefore(this.groups, at, (s) => s.at);
          return i >= 0 && at - this.groups[i]!.at < PRONOUN_WINDOW ? this.groups[i]!.name : null;
        }
        if (ref.name !== 'he' && ref.name !== 'she') return null;
        // The nearest speaker the pronoun can stand for: "she" never a man named with "Mr." or a
        // male role noun, "he" never a woman named with "Ms." or "spokeswoman".
        const wrong = ref.name === 'he' ? 'female' : 'male';
        const last = lastBefore(this.speakers, at, (s) => s.at);
        for (let i = last; i >= 0 && last - i < 6; i--) {
          if (this.gender.get(this.speakers[i]!.name) !== wrong) return this.speakers[i]!.name;
        }
        return null;
      }
      case 'generic': {
        const words = ref.name.split(/\s+/);
        const noun = words[words.length - 1]!.toLowerCase();
        if (words.some((w) => /^\p{Lu}/u.test(w) && w !== 'The')) return ref.name;
        if (/^(?:the|its|their)$/i.test(words[0] ?? '') && words.length === 2) {
          if (ROLE_NOUN.test(noun)) {
            for (let i = lastBefore(this.titled, at, (t) => t.ref.start); i >= 0; i--) {
              const t = this.titled[i]!;
              if (at - t.ref.start > INSTITUTION_WINDOW) break;
              if (t.role === noun) return t.ref.name;
            }
            // News leads name the role first and the person just after ("its director announced …
            // director Hannah Sorel said").
            for (let i = lastBefore(this.titled, at, (t) => t.ref.start) + 1; i < this.titled.length; i++) {
              const t = this.titled[i]!;
              if (t.ref.start - at > FORWARD_WINDOW) break;
              if (t.role === noun) return t.ref.name;
            }
          }
          if (COMPANY_NOUN.test(noun)) {
            const d = this.nearbyDescribed(at);
            if (d) return d;
          }
          const found = this.nearbyInstitution(noun === 'statement' ? null : noun, at);
          if (found) return found;
        }
        if (SHOWN_GENERIC.test(ref.name)) return ref.name.replace(/^(?:its|their)\b/i, 'the');
        // "the state economy ministry", "aid agencies", "officials": shown as written, without
        // the determiner; never a document ("the statement").
        const shown = ref.name.replace(/^(?:the|its|their|his|her|a|an)\s+/i, '');
        return noun === 'statement' || noun === 'source' || noun === 'sources' ? null : shown;
      }
    }
  }

  /** The closest name introduced by a descriptor ("chip maker Orbis Silicon") before `at`. */
  private nearbyDescribed(at: number): string | null {
    const i = lastBefore(this.described, at, (r) => r.start);
    if (i < 0 || at - this.described[i]!.start > INSTITUTION_WINDOW) return null;
    return this.described[i]!.name.replace(/^the\s+/i, '');
  }

  /** The closest institution named before `at` whose name holds `noun` (any, when null). */
  private nearbyInstitution(noun: string | null, at: number): string | null {
    for (let i = lastBefore(this.institutions, at, (r) => r.start); i >= 0; i--) {
      const inst = this.institutions[i]!;
      if (at - inst.start > INSTITUTION_WINDOW) break;
      if (noun === null || inst.name.toLowerCase().split(/\s+/).includes(noun)) return inst.name.replace(/^the\s+/i, '');
    }
    return null;
  }
}
