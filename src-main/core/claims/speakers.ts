// Turning the phrase that names a speaker into the name shown to the analyst: surnames become
// the fullest name seen earlier, pronouns the most recent named person, "the embassy" the
// embassy named nearby. Lookups are indexed so a long text stays linear-ish.
import { namedMentions, type NamedRef } from '../text/names';

/** Generic references worth showing even when nothing nearby names them. */
const SHOWN_GENERIC = /^(?:the|its|their)\s+(?:embassy|ministry|department|government|kremlin|mission|office|agency|council|committee|commission|court|administration|police|military|army|spokesperson|spokesman|spokeswoman)$/i;
/** How far back "the embassy" / "the statement" may look for the institution it stands for. */
const INSTITUTION_WINDOW = 3000;

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
      case 'pronoun': {
        if (ref.name !== 'he' && ref.name !== 'she') return null;
        const i = lastBefore(this.speakers, at, (s) => s.at);
        return i >= 0 ? this.speakers[i]!.name : null;
      }
      case 'generic': {
        const words = ref.name.split(/\s+/);
        const noun = words[words.length - 1]!.toLowerCase();
        if (words.some((w) => /^\p{Lu}/u.test(w) && w !== 'The')) return ref.name;
        if (/^(?:the|its|their)$/i.test(words[0] ?? '') && words.length === 2) {
          const found = this.nearbyInstitution(noun === 'statement' ? null : noun, at);
          if (found) return found;
        }
        return SHOWN_GENERIC.test(ref.name) ? ref.name.replace(/^(?:its|their)\b/i, 'the') : null;
      }
    }
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
