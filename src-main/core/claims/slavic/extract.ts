// Claims in Russian and Ukrainian paragraphs: direct speech (quotes and dash speech) and reported
// speech, with the speaker in the nominative. The constructions read are general ones of both
// languages, keyed to speech verbs by lemma (./verbs): "X заявил, что …", the inverted "…, — заявил
// X", "по словам X" / "за словами X", "как отметил X", "Об этом заявил X" (the sentences before),
// "X назвал …", "X обвинил … в …", "X призвал к …".
import { sentenceRanges } from '../../text/sentences';
import type { TextRange } from '../../text/ranges';
import type { ClaimDraft } from '../types';
import { nominative } from './nominative';
import { findSpeech, type SpeechPart } from './quotes';
import { institutionNominative, isAnonymous, isGenericRole, isInstitutionHead, isRoleWord, isSkippable, nominativeRole, readSpeaker, rolesFit, type ReadOptions, type SpeakerRef } from './speakers';
import { tokenize, type Token } from './tokens';
import { speechVerb, type Gender, type VerbForm } from './verbs';

export type SlavicLanguage = 'ru' | 'uk';

/** One paragraph to read, with its language. */
export interface SlavicParagraph extends TextRange {
  index: number;
  lang: SlavicLanguage;
}

interface Sentence extends TextRange {
  paragraph: number;
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
}

interface According {
  /** Token index of "по" / "за" / "как". */
  k: number;
  sent: Sentence;
  ref: SpeakerRef | null;
  /** "по словам X": X is in the genitive. */
  oblique: boolean;
  gender: Gender | null;
  /** Token index just past the speaker group. */
  groupEnd: number;
  who: { name: string; role: string | null } | null;
}

interface Site {
  verb: VerbForm;
  /** Token index of the verb. */
  at: number;
  sentence: Sentence;
  ref: SpeakerRef | null;
  /** The subject is written after the verb. */
  after: boolean;
  speaker: string | null;
  role: string | null;
  /** A gerund's site takes the speaker of the clause's finite verb. */
  sameAs?: Site;
}

const NEGATION = new Set(['не', 'ни']);
/** How many earlier names a surname alone is looked up among. */
const NAME_WINDOW = 300;
const THAT = new Set(['что', 'чтобы', 'що', 'щоб']);
/** "Об этом / Про це / Такое заявление …": the statement is in the sentences before. */
const ABOUT_THIS = /^(?:об|о|про)$/;
const THIS = /^(?:этом|это|це|цьому)$/;
/** "по словам X", "по мнению X", "по данным X", "за словами X", "на думку X". */
const ACCORDING = new Map<string, RegExp>([
  ['по', /^(?:словам|мнению|данным|информации|оценке|утверждению)$/],
  ['за', /^(?:словами|даними|інформацією|оцінкою)$/],
  ['на', /^(?:думку)$/],
]);
const AS = new Set(['как', 'як']);
/** Endings of Russian and Ukrainian surnames. */
const SURNAME_ENDING = /(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|енко|юк|ук|чук|вич|ян|дзе|швили)$/;
/** Words that start a sentence before a verb without being its subject. */
const FUNCTION_WORD = /^(?:как|як|так|также|також|это|це|тогда|тоді|ранее|раніше|об|про|о|в|у|и|і|а|но|але)$/;
const POSSESSIVE: Record<string, Gender> = { его: 'm', ее: 'f', её: 'f', их: 'pl', його: 'm', її: 'f', їх: 'pl' };

const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.shape === 'punct' && chars.includes(t.text);
const DASHES = '—–-';

export function extractSlavic(text: string, paragraphs: readonly SlavicParagraph[]): ClaimDraft[] {
  if (paragraphs.length === 0) return [];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const langOf = new Map<number, SlavicLanguage>();
  for (const p of paragraphs) {
    langOf.set(p.index, p.lang);
    for (const s of sentenceRanges(text, p)) {
      const from = tokens.length;
      tokens.push(...tokenize(text, s));
      sentences.push({ ...s, paragraph: p.index, from, to: tokens.length });
    }
  }
  const sentenceAt = new Int32Array(tokens.length);
  sentences.forEach((s, i) => sentenceAt.fill(i, s.from, s.to));
  // A word is sentence-initial after a sentence start, a dash or an opening quote mark.
  const initial = new Uint8Array(tokens.length);
  for (const s of sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k]!;
      if (t.shape === 'punct') continue;
      const prev = tokens[k - 1];
      if (k === s.from || (k > s.from && isPunct(prev, '«„“"—–-:') && (k - 1 === s.from || isPunct(tokens[k - 2], '.!?:«„“"—–-,')))) initial[k] = 1;
      break;
    }
  }
  // Capitalised away from a sentence start somewhere in the text: a name, not an ordinary word.
  const capitalised = new Set<string>();
  const indexOf = new Map<number, number>();
  tokens.forEach((t, k) => {
    indexOf.set(t.start, k);
    if ((t.shape === 'cap' || t.shape === 'abbr') && !initial[k]) capitalised.add(t.low);
  });
  // Surnames: the last word of two or more capitalised words that do not start with an abbreviation.
  const surnames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (a.shape === 'cap' && b.shape === 'cap' && !initial[k] && a.end + 1 === b.start && !/(?:ы|и|ї)$/.test(a.low)) surnames.add(b.low);
    else if (a.shape === 'cap' && b.shape === 'cap' && initial[k] && capitalised.has(a.low)) surnames.add(b.low);
  }
  const readOpts: ReadOptions = {
    isSurname: (low) => surnames.has(low),
    isName: (t) => {
      const k = indexOf.get(t.start);
      if (t.shape === 'abbr') return true;
      if (t.shape !== 'cap') return false;
      // Sentence-initial: a name when the text capitalises it elsewhere or writes it as a surname.
      if (k === undefined || !initial[k] || capitalised.has(t.low) || surnames.has(t.low)) return true;
      // … or when it has a surname's ending ("Лавров, в свою очередь, заявил").
      if (SURNAME_ENDING.test(t.low) && !FUNCTION_WORD.test(t.low) && !isSkippable(t.low) && !isRoleWord(t.low)) return true;
      // "Песков добавил": a sentence-initial word right before a speech verb is its subject;
      // "Мария Захарова в эфире …": a first name before a capitalised word of no sentence start.
      const next = tokens[k + 1];
      if (next === undefined || FUNCTION_WORD.test(t.low) || isSkippable(t.low) || isRoleWord(t.low) || isInstitutionHead(t.low)) return false;
      if (next.shape === 'cap' && !initial[k + 1]) return true;
      return next.shape === 'lower' && speechVerb(next.low) !== null;
    },
  };
  const isVerbAt = (k: number): VerbForm | null => {
    const t = tokens[k]!;
    if (t.shape !== 'lower' && !(t.shape === 'cap' && initial[k])) return null;
    const v = speechVerb(t.low, langOf.get(sentences[sentenceAt[k]!]!.paragraph));
    if (!v) return null;
    if (NEGATION.has(tokens[k - 1]?.low ?? '')) return null;
    return v;
  };
  const hasVerb = (r: TextRange): boolean => {
    for (const t of tokenize(text, r)) if (t.shape !== 'punct' && speechVerb(t.low)) return true;
    return false;
  };
  const speech = findSpeech(text, paragraphs, hasVerb);
  // Speech parts are in text order and never overlap but for parts of one quote (same marks).
  const insideSpeech = (pos: number): SpeechPart | null => {
    const i = lastAtOrBefore(speech, pos, (q) => q.open);
    const q = i >= 0 ? speech[i]! : null;
    return q && pos < q.close ? q : null;
  };
  const attributions = speech.flatMap((q) => (q.attribution ? [q.attribution] : []));
  const inAttribution = (pos: number): boolean => {
    const i = lastAtOrBefore(attributions, pos, (a) => a.start);
    return i >= 0 && pos < attributions[i]!.end;
  };
  const partsOf = new Map<number, number>();
  for (const q of speech) partsOf.set(q.open, (partsOf.get(q.open) ?? 0) + 1);

  // Speech sites: every speech verb outside the quoted words, with its subject.
  const sites: Site[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const verb = isVerbAt(k);
    if (!verb) continue;
    const t = tokens[k]!;
    if (insideSpeech(t.start) && !inAttribution(t.start)) continue;
    const sentence = sentences[sentenceAt[k]!]!;
    const prev = tokens[k - 1];
    const subjectAfter = k === sentence.from || initial[k] === 1 || isPunct(prev, ',' + DASHES) || inAttribution(t.start);
    let ref: SpeakerRef | null = null;
    let after = false;
    if (!verb.gerund) {
      if (subjectAfter || aboutThisBefore(tokens, sentence.from, k)) {
        ref = readSpeaker(tokens, k + 1, sentence.start, readOpts);
        if (ref?.kind === 'institution' && !ref.place) {
          // "сообщил РИА Новости замминистра Павел Орлов": the outlet told, then the speaker.
          const j = indexOf.get(tokenStartAtOrAfter(tokens, ref.end, sentence.to));
          const then = j !== undefined && j < sentence.to ? readSpeaker(tokens, j, sentence.start, readOpts) : null;
          if (then?.kind === 'person' || then?.kind === 'role') ref = then;
        }
        after = ref !== null;
      }
      if (!ref) {
        // The subject is never in quoted words before the verb ("«…», — говорится в документе").
        let from = sentence.from;
        for (let j = k - 1; j > sentence.from; j--) {
          // The quote a statement ends with, then its attribution: "», —".
          if (isPunct(tokens[j], '»”"') && isPunct(tokens[j + 1], ',' + DASHES)) {
            from = j + 1;
            break;
          }
        }
        ref = readClauseSubject(tokens, from, k, readOpts, false);
      }
      if (!ref) {
        ref = readSpeaker(tokens, k + 1, sentence.start, readOpts);
        after = ref !== null;
      }
    } else {
      // A gerund shares the subject of the clause's verb before it ("— заявили в МИД, добавив, что …").
      const main = sites.at(-1);
      ref = main && main.sentence === sentence && !main.verb.gerund ? main.ref : readClauseSubject(tokens, sentence.from, k, readOpts, true);
      if (main && main.sentence === sentence && !main.verb.gerund) {
        sites.push({ verb, at: k, sentence, ref, after: false, speaker: null, role: null, sameAs: main });
        continue;
      }
    }
    if (!ref && verb.lemma === 'говориться') {
      // "говорится в сообщении, размещённом на сайте МИД": the institution named in the sentence.
      const a = tokens.slice(k + 1, sentence.to).find((w) => w.shape === 'abbr');
      if (a) ref = { kind: 'institution', name: a.text, start: a.start, end: a.end, place: true };
    }
    sites.push({ verb, at: k, sentence, ref, after, speaker: null, role: null });
  }

  // Names, in text order: a pronoun or a role is the last person before of its gender.
  const genderOfName = (name: string, verbGender: Gender | null): Gender | null => {
    if (verbGender === 'm' || verbGender === 'f') return verbGender;
    const last = name.split(' ').at(-1)!;
    return /(?:ова|ева|ина|ская|цкая|ая)$/.test(last) ? 'f' : /(?:ов|ев|ин|ский|цкий|ий)$/.test(last) ? 'm' : null;
  };
  const people: { name: string; gender: Gender | null; at: number; role?: string | null }[] = [];
  // The role each person was introduced with: a later mention by surname alone keeps it.
  const roles = new Map<string, string>();
  // Full names written anywhere (in any case): what a pronoun points to before any speaker is named.
  const mentions: { name: string; gender: Gender | null; at: number }[] = [];
  // Institutions written as an abbreviation with what follows it ("МИД России", "МИД РФ"); a lone
  // abbreviation is as often a country ("США", "РФ").
  const institutions: { name: string; at: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.shape === 'abbr' && !(prev?.shape === 'abbr' || prev?.shape === 'cap')) {
      let j = k + 1;
      // "МИД России", "МЗС України": a country in the genitive; a first name after it is a person's ("РНБО Іван Лис").
      while (j < tokens.length && (tokens[j]!.shape === 'abbr' || (tokens[j]!.shape === 'cap' && j === k + 1 && /(?:ы|и|ї)$/.test(tokens[j]!.low)))) j++;
      if (j > k + 1) institutions.push({ name: text.slice(t.start, tokens[j - 1]!.end), at: t.start });
    }
    const next = tokens[k + 1];
    if (t.shape === 'cap' && next?.shape === 'cap' && surnames.has(next.low) && !/(?:ы|и|ї)$/.test(t.low) && readOpts.isName(t, 0)) {
      // Kept as written: the case of a name outside a subject's place is not known.
      const name = `${t.text} ${next.text}`;
      mentions.push({ name, gender: genderOfName(name, null), at: t.start });
    }
  }
  // Institutions that spoke, by their names, in text order (the walk below adds them): "Міністерство
  // закордонних справ України закликало …" is what "у відомстві додали" means next.
  const spoke: { name: string; at: number }[] = [];
  /** The last institution named before `pos` that `ok` accepts. */
  const lastInstitution = (pos: number, ok: (x: { name: string; at: number }) => boolean): { name: string; at: number } | undefined => {
    let found: { name: string; at: number } | undefined;
    for (let i = lastAtOrBefore(institutions, pos - 1, (x) => x.at); i >= 0 && !found; i--) if (ok(institutions[i]!)) found = institutions[i];
    for (let i = spoke.length - 1; i >= 0 && (!found || spoke[i]!.at > found.at); i--) {
      if (spoke[i]!.at < pos && ok(spoke[i]!)) return spoke[i];
    }
    return found;
  };
  const fullName = (name: string): string => {
    if (name.includes(' ')) return name;
    const key = name.toLowerCase();
    for (const list of [people, mentions]) {
      // The nearest few hundred names before: a long text is not walked whole for every surname.
      for (let i = list.length - 1; i >= 0 && i >= list.length - NAME_WINDOW; i--) {
        const p = list[i]!;
        const last = p.name.split(' ').at(-1)!;
        if (p.name.includes(' ') && last.toLowerCase() === key) return p.name;
      }
    }
    return name;
  };
  const resolve = (ref: SpeakerRef | null, verbGender: Gender | null, pos: number, lang: SlavicLanguage): { name: string; role: string | null } | null => {
    if (!ref) return null;
    if (ref.kind === 'person') {
      const name = fullName(nominative(ref.name, lang, false));
      people.push({ name, gender: genderOfName(name, verbGender), at: pos, role: ref.role });
      if (ref.role) roles.set(name, ref.role);
      return { name, role: ref.role };
    }
    if (ref.kind === 'institution') {
      const named = institutionName(ref, pos);
      if (/^\p{Lu}/u.test(named.name)) spoke.push({ name: named.name, at: pos });
      return named;
    }
    return personFor(ref, verbGender, pos, lang);
  };
  /** An institution as a speaker: its name, the fuller one it was written with, or the one a description stands for. */
  const institutionName = (ref: Extract<SpeakerRef, { kind: 'institution' }>, pos: number): { name: string; role: null } => {
    const abbr = /\p{Lu}{2,}/u.exec(ref.name)?.[0];
    if (abbr !== undefined && ref.name === abbr) {
      // An abbreviation alone ("МИД"): the fuller name it was written with before.
      const named = lastInstitution(pos, (x) => x.name.startsWith(abbr + ' '));
      return { name: named?.name ?? ref.name, role: null };
    }
    if (/^\p{Lu}{2,}/u.test(ref.name)) return { name: ref.name, role: null };
    // A name of its own: a capitalised word after the head ("посольстве Литвы"), or a one-word
    // name ("в Кремле"); "в Министерстве иностранных дел" only describes.
    const words = ref.name.split(' ');
    const proper = words.length === 1 ? /^\p{Lu}\p{Ll}/u.test(words[0]!) : words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (ref.place && proper && !abbr) {
      // "в посольстве Литвы": that institution, its head noun back in the nominative.
      return { name: placeHeadNominative(ref.name), role: null };
    }
    if (ref.place || /^\p{Ll}/u.test(ref.name)) {
      // Written as a description or in a place's case ("в российском МИД", "ведомство", "в
      // Министерстве иностранных дел"): the institution named last before (a described one, the first after).
      const named =
        (abbr ? lastInstitution(pos, (x) => x.name.startsWith(abbr + ' ')) : undefined) ??
        lastInstitution(pos, () => true) ??
        (ref.place ? undefined : institutions.find((x) => x.at > pos));
      if (named) return { name: named.name, role: null };
      if (ref.place) return { name: placeHeadNominative(ref.name), role: null };
    }
    return { name: ref.name, role: null };
  };
  /** A person, a role or a pronoun as a speaker: the person it stands for, or the role as written. */
  const personFor = (ref: Exclude<SpeakerRef, { kind: 'institution' } | { kind: 'person' }>, verbGender: Gender | null, pos: number, lang: SlavicLanguage): { name: string; role: string | null } | null => {
    if (ref.kind === 'role' && (verbGender === 'pl' || isAnonymous(ref.role))) return { name: ref.role, role: null };
    // A role ("посол", "представитель министерства") is a person whose own role fits it (or who was
    // named without one); with none, it stays the speaker as written. A word any official may be
    // called by ("дипломат") is the person named before, as a pronoun is.
    const described = ref.kind === 'role' && !isGenericRole(ref.role) ? ref.role : null;
    const fits = (name: string, role: string | null | undefined): boolean => {
      const known = role ?? roles.get(name);
      return described === null || !known || rolesFit(described, known);
    };
    const gender = ref.kind === 'pronoun' ? ref.gender : verbGender;
    for (let i = people.length - 1; i >= 0 && i >= people.length - NAME_WINDOW; i--) {
      const p = people[i]!;
      if ((gender === 'pl' || gender === null || p.gender === null || p.gender === gender) && fits(p.name, p.role)) return { name: p.name, role: null };
    }
    // A name written in passing has no role to fit a described speaker.
    const lastMention = described === null ? lastAtOrBefore(mentions, pos - 1, (m) => m.at) : -1;
    for (let i = lastMention; i >= 0 && i > lastMention - NAME_WINDOW; i--) {
      const p = mentions[i]!;
      if (p.at < pos && (gender === 'pl' || gender === null || p.gender === null || p.gender === gender)) {
        // The person named before speaks from now on: later pronouns point to them, not to other names.
        people.push({ ...p, at: pos });
        return { name: p.name, role: null };
      }
    }
    {
      // A pronoun or a role before any name: the person the text names next.
      let next: Site | undefined;
      for (let i = lastAtOrBefore(sites, pos, (x) => tokens[x.at]!.start) + 1; i < sites.length && !next; i++) if (sites[i]!.ref?.kind === 'person') next = sites[i];
      if (next && next.ref?.kind === 'person' && fits(next.ref.name, next.ref.role)) return { name: nominative(next.ref.name, lang, false), role: ref.kind === 'role' ? ref.role : null };
    }
    if (gender === 'pl') {
      const inst = lastInstitution(pos, () => true);
      if (inst) return { name: inst.name, role: null };
    }
    return described === null ? null : { name: described, role: null };
  };

  const claims: ClaimDraft[] = [];
  const push = (kind: 'direct' | 'indirect', r: TextRange, speaker: string | null, role: string | null): void => {
    const t = trim(text, r);
    if (t.end - t.start < 3 || !/[\p{L}\p{N}]/u.test(text.slice(t.start, t.end))) return;
    claims.push({ kind, text: text.slice(t.start, t.end), speaker, start: t.start, end: t.end, speakerRole: role });
  };

  // "по словам X, …" / "…, по словам X" / "как отметил X, …": collected here, resolved in text order below.
  const according: According[] = [];
  for (const sent of sentences) {
    for (let k = sent.from; k + 1 < sent.to; k++) {
      const t = tokens[k]!;
      const noun = ACCORDING.get(t.low);
      let refStart = -1;
      let possessive: Gender | null = null;
      if (noun && noun.test(tokens[k + 1]!.low)) refStart = k + 2;
      else if (noun && POSSESSIVE[tokens[k + 1]!.low] && noun.test(tokens[k + 2]?.low ?? '')) {
        possessive = POSSESSIVE[tokens[k + 1]!.low]!;
        refStart = k + 3;
      } else if (AS.has(t.low) && isVerbAt(k + 1) && (k === sent.from || isPunct(tokens[k - 1], ','))) refStart = k + 2;
      if (refStart < 0) continue;
      let ref: SpeakerRef | null = possessive ? { kind: 'pronoun', gender: possessive, start: t.start, end: t.end } : readSpeaker(tokens, refStart, sent.start, readOpts);
      if (AS.has(t.low) && ref?.kind === 'institution' && !ref.place) {
        // "как заявил РИА Новости источник в МИД": the outlet told, then the speaker.
        const j = indexOf.get(tokenStartAtOrAfter(tokens, ref.end, sent.to));
        const then = j !== undefined && j < sent.to && tokens[j]!.shape !== 'punct' ? readSpeaker(tokens, j, sent.start, readOpts) : null;
        if (then?.kind === 'person' || then?.kind === 'role') ref = then;
      }
      const groupEnd = ref && !possessive ? indexOf.get(tokenStartAtOrAfter(tokens, ref.end, sent.to)) ?? refStart : refStart;
      according.push({ k, sent, ref, oblique: !AS.has(t.low), gender: AS.has(t.low) ? speechVerb(tokens[k + 1]!.low)?.gender ?? null : null, groupEnd, who: null });
    }
  }

  // Walk the text in order: sites give speakers; direct speech takes the site beside it.
  const speechSite = new Map<SpeechPart, Site>();
  let lastDirect: { speaker: string | null; paragraph: number; at: number } | null = null;
  /** Whether another speaker's statement stands between two places ("… — сказал он. Рябов добавил, что … «…»"). */
  const reportedSince = (from: number, to: number): boolean => {
    for (let i = lastAtOrBefore(sites, to - 1, (x) => tokens[x.at]!.start); i >= 0 && tokens[sites[i]!.at]!.start > from; i--) {
      if (sites[i]!.speaker) return true;
    }
    return false;
  };
  const events = [
    ...speech.map((q) => ({ pos: q.open, q })),
    ...sites.map((s) => ({ pos: tokens[s.at]!.start, s })),
    ...according.map((a) => ({ pos: tokens[a.k]!.start, a })),
  ].sort((a, b) => a.pos - b.pos);
  for (const e of events) {
    if ('a' in e && e.a) {
      const a = e.a;
      const lang = langOf.get(a.sent.paragraph) ?? 'ru';
      const ref =
        a.ref?.kind === 'person'
          ? { ...a.ref, name: nominative(a.ref.name, lang, a.oblique) }
          : a.ref?.kind === 'role' && a.oblique
            ? { ...a.ref, role: nominativeRole(a.ref.role) }
            : a.ref;
      a.who = resolve(ref, a.gender, e.pos, lang);
    }
    if ('s' in e && e.s) {
      const s = e.s;
      const lang = langOf.get(s.sentence.paragraph) ?? 'ru';
      const r = s.sameAs ? { name: s.sameAs.speaker, role: s.sameAs.role } : resolve(s.ref, s.verb.gender, tokens[s.at]!.start, lang);
      s.speaker = r?.name ?? null;
      s.role = r?.role ?? null;
    }
  }
  for (const q of speech) {
    const site = siteForSpeech(q, sites, tokens, text);
    if (site) speechSite.set(q, site);
  }
  // Parts of one quote split by its attribution share it.
  for (let i = 0; i < speech.length; i++) {
    const q = speech[i]!;
    if (!speechSite.has(q) && i > 0 && speech[i - 1]!.open === q.open && speechSite.has(speech[i - 1]!)) speechSite.set(q, speechSite.get(speech[i - 1]!)!);
  }
  for (let i = speech.length - 2; i >= 0; i--) {
    const q = speech[i]!;
    const next = speech[i + 1]!;
    if (speechSite.has(q) || !speechSite.has(next)) continue;
    // One quote split by its attribution, or a quote left open at its paragraph's end that the next
    // paragraph takes up with a new opening mark (the way quotes run over paragraphs).
    const goesOn = !q.closed && next.paragraph === q.paragraph + 1 && next.open === paragraphs[next.paragraph]?.start;
    if (next.open === q.open || goesOn) speechSite.set(q, speechSite.get(next)!);
  }
  for (const q of speech) {
    const site = speechSite.get(q);
    const words = text.slice(q.start, q.end).split(/\s+/).length;
    // A quoted name or title (an outlet, a programme: up to three words from a capital) or a
    // single quoted word (scare quotes) is not a statement…
    // Speech framed by dashes or split by its attribution is a statement however short.
    const framed = q.dash || q.attribution !== null || (partsOf.get(q.open) ?? 0) > 1 || /^[\s,.!?…]*[—–-]\s/.test(text.slice(q.close, q.close + 8));
    if (!framed && (words === 1 || (words <= 3 && /^\p{Lu}/u.test(text[q.start] ?? '')))) continue;
    if (site) {
      push('direct', q, site.speaker, site.role);
      lastDirect = { speaker: site.speaker, paragraph: q.paragraph, at: q.close };
    } else if (lastDirect && q.paragraph === lastDirect.paragraph) {
      // Another quote of a paragraph whose quote is attributed ("«…», — сказала она. — «…»").
      push('direct', q, lastDirect.speaker, null);
    } else if (words >= 4 && /^[\p{Lu}\p{N}]/u.test(text[q.start] ?? '') && lastDirect && q.paragraph - lastDirect.paragraph <= 1 && !reportedSince(lastDirect.at, q.open)) {
      // A quoted sentence with no attribution of its own right after an attributed one goes on with it.
      push('direct', q, lastDirect.speaker, null);
    } else if (words >= 5 || (words >= 4 && /[.!?…]/.test(text.slice(q.start, q.end)))) {
      // A quoted passage (longer than a title) with no cue of its own: the speaker of the latest
      // statement in this paragraph or the two before, when there is one.
      let before: Site | undefined;
      for (let i = lastAtOrBefore(sites, q.open - 1, (x) => tokens[x.at]!.start); i >= 0 && q.paragraph - sites[i]!.sentence.paragraph <= 2; i--) {
        if (sites[i]!.speaker) {
          before = sites[i];
          break;
        }
      }
      push('direct', q, before?.speaker ?? null, null);
    }
  }

  // Reported speech.
  for (const s of sites) {
    const k = s.at;
    const sent = s.sentence;
    const t = tokens[k]!;
    const afterSubject = s.after && s.ref ? indexOf.get(tokenStartAtOrAfter(tokens, s.ref.end, k)) ?? k + 1 : k + 1;
    // 1. "… заявил, что …": the clause after "что" (within a few words of the verb).
    let that = -1;
    for (let j = k + 1; j < sent.to && j < afterSubject + 14; j++) {
      const w = tokens[j]!;
      if (THAT.has(w.low) && (isPunct(tokens[j - 1], ',') || j === k + 1)) {
        that = j;
        break;
      }
      if (isPunct(w, '«„“"')) {
        // A quoted name of who was told ("заявил «Интерфаксу», что …") is read past.
        let close = j + 1;
        while (close < sent.to && close < j + 6 && !isPunct(tokens[close]!, '»“”"')) close++;
        if (close < sent.to && close < j + 6 && close > j + 1) {
          j = close;
          continue;
        }
      }
      if (w.shape === 'punct' && /[.:;!?«»"„“]/.test(w.text)) break;
      if (j > k + 1 && isVerbAt(j)) break;
    }
    if (that >= 0 && that + 1 < sent.to) {
      push('indirect', { start: tokens[that + 1]!.start, end: sent.end }, s.speaker, s.role);
      continue;
    }
    if (inAttribution(t.start) || insideSpeech(t.start)) continue;
    // 2. "Об этом заявил X": the sentences before in the paragraph, or the paragraph before.
    if (aboutThisBefore(tokens, sent.from, k)) {
      const about = aboutThisAt(tokens, sent.from, k);
      if (about > sent.from + 1 && isPunct(tokens[about - 1], ',') && !AS.has(tokens[sent.from]!.low)) {
        // "…, об этом заявили в МИД": the words before in the same sentence.
        push('indirect', { start: sent.start, end: tokens[about - 2]!.end }, s.speaker, s.role);
        continue;
      }
      const idx = sentenceAt[sent.from]!;
      // The sentences of one paragraph before `end` (an index): [first, end).
      const firstOf = (end: number, paragraph: number): number => {
        let i = end;
        while (i > 0 && sentences[i - 1]!.paragraph === paragraph) i--;
        return i;
      };
      const first = firstOf(idx, sent.paragraph);
      let range: TextRange | null = first < idx ? { start: sentences[first]!.start, end: sentences[idx - 1]!.end } : null;
      if (!range && idx > 0) range = { start: sentences[firstOf(idx - 1, sentences[idx - 1]!.paragraph)]!.start, end: sentences[idx - 1]!.end };
      // Sentences with an attribution of their own: "Об этом пишет РИА Новости" only names the channel.
      const within = (at: number): boolean => range !== null && tokens[at]!.start >= range.start && tokens[at]!.start < range.end;
      const attributed = sites.some((x) => x !== s && x.verb.frame === 'say' && within(x.at)) || according.some((a) => a.who && within(a.k));
      if (range && !attributed && !insideSpeech(range.start)) push('indirect', range, s.speaker, s.role);
      continue;
    }
    // 3. Inverted: "…, — заявил X." or the parenthetical "…, добавил он, …".
    if (isPunct(tokens[k - 1], ',' + DASHES) && k - 1 > sent.from) {
      let end = k - 1;
      while (end > sent.from && isPunct(tokens[end - 1], ',' + DASHES)) end--;
      const contentStart = tokens[sent.from]!.start;
      const contentEnd = tokens[end - 1]!.end;
      if (insideSpeech(contentStart) || insideSpeech(contentEnd - 1)) continue;
      // The verb group ends at a comma before more of the sentence: the content is the whole sentence.
      let j = afterSubject;
      while (j < sent.to && !isPunct(tokens[j], ',.;:!?')) j++;
      const parenthetical = isPunct(tokens[j], ',') && j + 1 < sent.to;
      if (s.verb.gerund) continue;
      push('indirect', parenthetical ? sent : { start: contentStart, end: contentEnd }, s.speaker, s.role);
      continue;
    }
    // 4. "назвал …", "обвинил … в …", "призвал к …": the rest of the clause after the verb and its subject.
    if (s.verb.frame !== 'say') {
      let j = afterSubject;
      while (j < sent.to && !isPunct(tokens[j], ',.;:!?—–')) j++;
      if (j > afterSubject) push('indirect', { start: tokens[afterSubject]!.start, end: tokens[j - 1]!.end }, s.speaker, s.role);
    }
  }

  for (const a of according) {
    if (!a.who) continue;
    const { k, sent } = a;
    let j = a.groupEnd;
    while (j < sent.to && !isPunct(tokens[j], ',.;:!?')) j++;
    const content: TextRange | null =
      k === sent.from || (k === sent.from + 1 && tokens[sent.from]!.shape === 'punct')
        ? j + 1 < sent.to
          ? { start: tokens[j + 1]!.start, end: sent.end }
          : null
        : isPunct(tokens[k - 1], ',')
          ? // "…, по словам X, …" in the middle of a sentence: the whole sentence, as "…, he said, …".
            isPunct(tokens[j], ',') && j + 1 < sent.to && tokens[j + 1]!.shape !== 'punct'
            ? sent
            : { start: sent.start, end: tokens[k - 2]!.end }
          : null;
    // "Как пишет ТАСС, об этом заявил …": a relay of an attributed sentence, not a statement.
    const relay = content !== null && sites.some((x) => x.verb.frame === 'say' && tokens[x.at]!.start >= content.start && tokens[x.at]!.start < content.end);
    if (content && !relay && !insideSpeech(content.start)) push('indirect', content, a.who.name, a.who.role);
  }

  return dedupe(claims);
}

/** The head noun of an institution written in the locative back in the nominative ("посольстве" → "посольство", "миссии" → "миссия"). */
function placeHeadNominative(name: string): string {
  const [head, ...rest] = name.split(' ');
  // An institution's own noun ("в Кремле", "в Офісі") and neuter "-ство" nouns and "-ия" / "-ція"
  // ones say their nominative whatever the capital ("в Министерстве", "у Міністерстві"); another
  // capitalised head may be masculine, feminine or soft: kept as written.
  const sure = institutionNominative(head!) ?? head!.replace(/ств[еі]$/, 'ство').replace(/ии$/, 'ия').replace(/ції$/, 'ція');
  if (/^\p{Lu}/u.test(head!)) return [sure, ...rest].join(' ');
  const nom = sure.replace(/(?<=[бвдзлмнпрстфц])е$/, 'а');
  return [nom, ...rest].join(' ');
}

/** Token index of "об" in "Об этом / Про це …" shortly before the verb at `k`, or -1. */
function aboutThisAt(tokens: readonly Token[], from: number, k: number): number {
  for (let j = Math.max(from, k - 7); j + 1 < k; j++) {
    if (ABOUT_THIS.test(tokens[j]!.low) && THIS.test(tokens[j + 1]!.low) && !tokens.slice(j + 2, k).some((t) => t.shape === 'punct')) return j;
  }
  return -1;
}

const aboutThisBefore = (tokens: readonly Token[], from: number, k: number): boolean => aboutThisAt(tokens, from, k) >= 0;

/** The subject of the clause holding the verb at `k`: the first speaker group from the sentence start. */
function readClauseSubject(tokens: readonly Token[], from: number, k: number, opts: ReadOptions, gerund: boolean): SpeakerRef | null {
  const read = (start: number): SpeakerRef | null => {
    while (start < k && tokens[start]!.shape === 'punct') start++;
    return start < k ? readSpeaker(tokens.slice(start, k), 0, tokens[start]!.start, opts) : null;
  };
  if (!gerund) {
    // The clause the verb ends: after the last comma before it ("Як передає …, представники … заявили").
    for (let j = k - 1; j > from; j--) {
      if (isPunct(tokens[j], ',')) {
        const ref = read(j + 1);
        if (ref) return ref;
        break;
      }
    }
  }
  // A gerund's subject is the sentence's ("Кислица …, отметив, что …").
  return read(from);
}

/** Index of the last item whose key is at or before `pos` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], pos: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The start of the first token at or after `pos` (binary search), else of `tokens[limit]`. */
function tokenStartAtOrAfter(tokens: readonly Token[], pos: number, limit: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start ?? tokens[limit]?.start ?? pos;
}

/** The speech site that attributes a quote: in its own attribution, right after it, or before it in its sentence. */
function siteForSpeech(q: SpeechPart, sites: readonly Site[], tokens: readonly Token[], text: string): Site | null {
  const at = (x: Site): number => tokens[x.at]!.start;
  if (q.attribution) {
    const a = q.attribution;
    const i = lastAtOrBefore(sites, a.start - 1, at) + 1;
    if (i < sites.length && at(sites[i]!) < a.end) return sites[i]!;
  }
  // After the closing mark: ", — сказал он" / ". — …" (within the paragraph).
  for (let i = lastAtOrBefore(sites, q.close - 1, at) + 1; i < sites.length && at(sites[i]!) - q.close < 40; i++) {
    if (/^[\s,.!?…]*[—–-]\s/.test(text.slice(q.close, at(sites[i]!)))) return sites[i]!;
  }
  // Before it in the same sentence or paragraph, ending with a colon or the clause ("заявил: «…»", "зазначив, що … «…»").
  for (let i = lastAtOrBefore(sites, q.open - 1, at); i >= 0 && q.open - at(sites[i]!) < 300; i--) {
    const x = sites[i]!;
    if (x.sentence.paragraph === q.paragraph && !/[.!?]\s/.test(text.slice(at(x), q.open).replace(/(?<!\p{L})\p{L}\.\s/gu, ''))) return x;
  }
  return null;
}

function trim(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  while (start < end && /[\s,;:—–\-«»"„“”]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === '.' && text[end - 2] !== '.') end--;
  // Unbalanced quote marks at the edges come off.
  if (/[«„“"]/.test(text[start - 1] ?? '') === false && /[»“”"]/.test(text[end - 1] ?? '')) {
    const inner = text.slice(start, end - 1);
    if (!/[«„“"]/.test(inner)) end--;
  }
  return { start, end };
}

/**
 * Claims of one kind never overlap: the earlier (then longer) one stays. A mixed quote (a report
 * holding quoted words: "назвал решение «безосновательным»") is one reported claim: the quoted
 * words inside it are not listed again as a direct claim.
 */
function dedupe(claims: ClaimDraft[]): ClaimDraft[] {
  const kept = { direct: [] as ClaimDraft[], indirect: [] as ClaimDraft[] };
  for (const kind of ['direct', 'indirect'] as const) {
    const mine = claims.filter((c) => c.kind === kind).sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const c of mine) {
      if (c.start < lastEnd) continue;
      kept[kind].push(c);
      lastEnd = c.end;
    }
  }
  let k = 0;
  const direct = kept.direct.filter((d) => {
    while (k < kept.indirect.length && kept.indirect[k]!.end < d.end) k++;
    const r = kept.indirect[k];
    return !(r && r.start <= d.start && r.end >= d.end);
  });
  return [...direct, ...kept.indirect].sort((a, b) => a.start - b.start || a.end - b.end);
}

