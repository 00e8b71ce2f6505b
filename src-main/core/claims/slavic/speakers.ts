// Who speaks, read from the words beside a Russian or Ukrainian speech verb: a person's name with
// the role written before it ("официальный представитель МИД РФ Мария Захарова" = role + name), an
// institution ("МИД России", "пресс-служба Кремля", "в МЗС України заявили"), a pronoun with its
// gender, or a role alone ("пресс-секретарь президента"), which later resolves to a person.
import { speechVerb, type Gender } from './verbs';
import type { Token } from './tokens';

export type SpeakerRef =
  | { kind: 'person'; name: string; role: string | null; start: number; end: number }
  | { kind: 'institution'; name: string; start: number; end: number; place?: boolean }
  | { kind: 'pronoun'; gender: Gender; start: number; end: number }
  | { kind: 'role'; role: string; start: number; end: number };

const PRONOUNS: Record<string, Gender> = { он: 'm', она: 'f', они: 'pl', він: 'm', вона: 'f', вони: 'pl' };

/** Nouns that head a role ("представитель", "министр", "речник"), matched by stem. */
const ROLE_STEMS = [
  'представител', 'представник', 'пресс-секретар', 'прес-секретар', 'секретар', 'министр', 'міністр', 'замминистр', 'заместител',
  'заступник', 'посол', 'посл', 'постпред', 'постпредставител', 'глав', 'голов', 'руководител', 'керівник', 'директор', 'президент',
  'премьер', 'прем', 'спикер', 'спікер', 'речник', 'дипломат', 'советник', 'радник', 'канцлер', 'помощник', 'помічник', 'лидер',
  'лідер', 'депутат', 'сенатор', 'генсек', 'генеральн', 'официальн', 'офіційн', 'постоянн', 'постійн', 'временн', 'тимчасов',
  'речниц', 'представниц', 'посланник', 'атташе', 'омбудсмен', 'прокурор', 'генпрокурор', 'мэр', 'губернатор', 'госсекретар',
  'держсекретар', 'вице-', 'віце-', 'премьер-министр', 'прем\'єр-міністр', 'командующ', 'командувач', 'начальник',
  'политолог', 'політолог', 'эксперт', 'експерт', 'аналитик', 'аналітик', 'экономист', 'економіст', 'профессор', 'професор',
  'историк', 'історик', 'юрист', 'адвокат', 'парламентари', 'парламентар',
  ...['источник', 'собеседник', 'джерел', 'співрозмовник'],
];
/** Role words of an unnamed source ("источник в дипломатических кругах"): the speaker as written, never a person named before. */
const ANONYMOUS_STEMS = ['источник', 'собеседник', 'джерел', 'співрозмовник'];
export const isAnonymous = (role: string): boolean => startsWithAny(role.toLowerCase(), ANONYMOUS_STEMS);
/** Nouns that head an institution ("пресс-служба", "министерство", "ведомство"). */
const INSTITUTION_STEMS = [
  'пресс-служб', 'прес-служб', 'министерств', 'міністерств', 'ведомств', 'відомств', 'посольств', 'дипмисси', 'дипмісі', 'представительств',
  'представництв', 'постпредств', 'правительств', 'уряд', 'кремл', 'делегаци', 'делегаці', 'миссия', 'місія', 'служб', 'штаб', 'офис',
  'офіс', 'канцеляри', 'администраци', 'адміністраці', 'госдеп', 'минобороны', 'совбез', 'сенат', 'парламент',
  // Outlets speak as institutions do ("как пишет издание …", "повідомляє агенція").
  'издани', 'видання', 'агентств', 'агенці', 'газет', 'телеканал', 'портал',
];
/** The nominative of each institution noun whose stem does not say it ("Кремле" → "Кремль", "Офісі" → "Офіс"). */
const INSTITUTION_NOMINATIVE: [stem: string, nominative: string][] = [
  ['пресс-служб', 'пресс-служба'], ['прес-служб', 'прес-служба'], ['служб', 'служба'], ['дипмисси', 'дипмиссия'], ['дипмісі', 'дипмісія'],
  ['миссии', 'миссия'], ['місії', 'місія'], ['уряд', 'уряд'], ['кремл', 'кремль'], ['делегаци', 'делегация'], ['делегаці', 'делегація'],
  ['штаб', 'штаб'], ['офис', 'офис'], ['офіс', 'офіс'], ['канцеляри', 'канцелярия'], ['администраци', 'администрация'],
  ['адміністраці', 'адміністрація'], ['госдеп', 'госдеп'], ['совбез', 'совбез'], ['сенат', 'сенат'], ['парламент', 'парламент'],
];

/** An institution noun in any case back in the nominative, keeping its capital; null for a word that is none. */
export function institutionNominative(word: string): string | null {
  const low = word.toLowerCase();
  const found = INSTITUTION_NOMINATIVE.find(([stem]) => low.startsWith(stem) && low.length - stem.length <= 3);
  if (!found) return null;
  const nom = found[1];
  return /^\p{Lu}/u.test(word) ? nom[0]!.toUpperCase() + nom.slice(1) : nom;
}

/** Prepositions that open a group the speaker is not in ("в беседе с ТАСС", "на брифинге"). */
const PREPOSITIONS = new Set('в во на с со у з із зі із-за к по при для от від о об про перед после після через под над из до за между'.split(' '));
const DEMONSTRATIVES = new Set('этом том этого того этой той цьому тому цього того цій тій'.split(' '));
/** Lower-case words that may stand before a subject without being part of it. */
const SKIPPABLE = new Set(
  'сегодня вчера ранее позже затем также тоже же однако впрочем кроме того при этом сьогодні вчора раніше пізніше також теж проте однак втім потім и і й а но але ещё еще вже уже'.split(' '),
);

export const isSkippable = (w: string): boolean => SKIPPABLE.has(w);
const startsWithAny = (w: string, stems: readonly string[]): boolean => stems.some((s) => w.startsWith(s));
/** An institution's noun, unless a longer role stem reads it ("сенатор" is no "сенат"). */
export const isInstitutionHead = (w: string): boolean =>
  INSTITUTION_STEMS.some((s) => w.startsWith(s) && !ROLE_STEMS.some((r) => r.length > s.length && w.startsWith(r)));
// "посольство" begins as "посол" does: an institution's word is never a role's.
export const isRoleWord = (w: string): boolean => startsWithAny(w, ROLE_STEMS) && !isInstitutionHead(w);
const isAdjective = (w: string): boolean => /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ому|ему|ной|ний|ній|на|не|ні|ного|нього|ських|ська|ський|ське)$/.test(w);
/**
 * A role written after "по словам" / "за словами" back in the nominative: its head noun's genitive
 * ending undone ("посла" → "посол", "представителя МИД" → "представитель МИД", "министра" →
 * "министр"); adjectives before it are left as written.
 */
export function nominativeRole(role: string): string {
  const words = role.split(' ');
  const head = words.findIndex((w) => isRoleWord(w.toLowerCase()) && !isAdjective(w.toLowerCase()));
  if (head < 0) return role;
  const w = words[head]!;
  const nom = /^посла$/i.test(w)
    ? w.slice(0, 3) + 'о' + w.slice(3, 4)
    : w.replace(/(?<=[лр])я$/, 'ь').replace(/(?<=[бвгдзкмнпрстфхцчшщ])а$/, '');
  return [...words.slice(0, head), nom, ...words.slice(head + 1)].join(' ');
}

/** Nouns a text calls any official by, alone: "дипломат добавила" after a spokeswoman's name. */
const GENERIC_ROLE_STEMS = ['дипломат', 'чиновник', 'политик', 'собеседник', 'співрозмовник', 'посадовец', 'посадовиц'];
export const isGenericRole = (role: string): boolean => !role.includes(' ') && startsWithAny(role.toLowerCase(), GENERIC_ROLE_STEMS);

/** A word's key across its case forms: the first consonants ("посол" / "посла" → "псл"). */
const wordKey = (w: string): string => w.toLowerCase().replace(/[аеёиоуыэюяіїєьъй'’-]/g, '').slice(0, 4);

/** The words of a role that name its organisation or place, past its head noun and adjectives. */
function organisationWords(role: string): string[] {
  const words = role.split(/\s+/);
  const head = words.findIndex((w) => isRoleWord(w.toLowerCase()) && !isAdjective(w.toLowerCase()));
  return words.slice(head + 1).filter((w) => !PREPOSITIONS.has(w.toLowerCase()));
}

/** An abbreviation ("МЗС") spelled by the initials of consecutive words of `words`. */
function spelledBy(abbr: string, words: readonly string[]): boolean {
  const initials = words.map((w) => w[0]?.toLowerCase() ?? '').join('');
  return abbr.length >= 2 && initials.includes(abbr.toLowerCase());
}

/**
 * Whether a described speaker ("спікер МЗС", "представитель министерства") can be the person
 * introduced with `role`: the same head noun, or an organisation both name, by a word in any case
 * or an abbreviation of the other's words ("МЗС" / "міністр закордонних справ").
 */
export function rolesFit(described: string, role: string): boolean {
  const a = described.split(/\s+/);
  const b = role.split(/\s+/);
  const headOf = (words: string[]): string | undefined => words.find((w) => isRoleWord(w.toLowerCase()) && !isAdjective(w.toLowerCase()));
  const ha = headOf(a);
  const hb = headOf(b);
  if (ha && hb && wordKey(ha) === wordKey(hb)) return true;
  const keys = new Set(b.map(wordKey));
  return organisationWords(described).some((w) => {
    if (/^\p{Lu}{2,}$/u.test(w)) return b.includes(w) || spelledBy(w, b);
    return keys.has(wordKey(w)) || b.some((x) => /^\p{Lu}{2,}$/u.test(x) && spelledBy(x, a));
  });
}

/** A capitalised word in an oblique case of a place or organisation ("Украины", "России", "Кремля"). */
const looksGenitive = (w: string): boolean => /(?:ы|и|ї|ии)$/.test(w) && !/(?:ий|ый|ій)$/.test(w);

export interface ReadOptions {
  /** Words seen capitalised away from a sentence start: a sentence-initial word is a name only then. */
  isName: (t: Token, sentenceStart: number) => boolean;
  /** The last word of a full name written in the text ("Небензя" of "Василий Небензя"). */
  isSurname: (low: string) => boolean;
}

const isBoundary = (t: Token): boolean => t.shape === 'punct' && /[,.:;!?«»„“”"—–()]/.test(t.text);
const isPunct = (t: Token, chars: string): boolean => t.shape === 'punct' && chars.includes(t.text);

/**
 * The speaker group starting at `tokens[i]`, read forward to the clause's end: skips an adverb
 * or a prepositional group before it; null when the clause names nobody.
 */
export function readSpeaker(tokens: readonly Token[], i: number, sentenceStart: number, opts: ReadOptions): SpeakerRef | null {
  let roleStart = -1;
  let roleEnd = -1;
  let skipped = 0;
  const capRun = (k: number): number => {
    let j = k;
    while (j < tokens.length && (tokens[j]!.shape === 'cap' || tokens[j]!.shape === 'abbr') && (tokens[j]!.shape === 'abbr' || opts.isName(tokens[j]!, sentenceStart))) j++;
    return j;
  };
  /** "в МИД РФ", "во внешнеполитическом ведомстве": the institution a verb without a subject stands for. */
  let placeInstitution: SpeakerRef | null = null;
  for (let k = i; k < tokens.length && k < i + 24; k++) {
    const t = tokens[k]!;
    if (roleStart < 0 && k === i + skipped && isPunct(t, '"«„“')) {
      // A quoted name right after the verb is who was told ("заявили «Интерфаксу»"): skipped.
      let j = k + 1;
      while (j < tokens.length && j < k + 6 && !isPunct(tokens[j]!, '"»“”')) j++;
      if (j < tokens.length && j < k + 6) {
        skipped += j - k + 1;
        k = j;
        continue;
      }
    }
    if (roleStart >= 0 && roleEnd === k && isPunct(t, '«„“"') && isInstitutionHead(tokens[roleStart]!.low)) {
      // An outlet or institution with its name in quotes: "издание «Коммерсант»", "видання «Дзеркало тижня»".
      let close = k + 1;
      while (close < tokens.length && close < k + 7 && !isPunct(tokens[close]!, '»“”"')) close++;
      if (close < tokens.length && close < k + 7 && close > k + 1) {
        return { kind: 'institution', name: joinTokens(tokens, roleStart, close + 1), start: tokens[roleStart]!.start, end: tokens[close]!.end };
      }
    }
    if (isBoundary(t)) break;
    if (t.shape === 'punct' || t.shape === 'num') {
      if (roleStart >= 0) break;
      continue;
    }
    const pronoun = PRONOUNS[t.low];
    if (pronoun && roleStart < 0) return { kind: 'pronoun', gender: pronoun, start: t.start, end: t.end };
    const nameLike = !PREPOSITIONS.has(t.low) && (t.shape === 'abbr' || (t.shape === 'cap' && opts.isName(t, sentenceStart)));
    if (!nameLike) {
      if (PREPOSITIONS.has(t.low)) {
        // A prepositional group: in a role it belongs to the role ("представитель Украины при ООН"),
        // before the subject it is skipped ("в интервью Укринформу").
        let j = k + 1;
        while (j < tokens.length && j < k + 5 && !isBoundary(tokens[j]!)) {
          const w = tokens[j]!;
          if (w.shape === 'cap' || w.shape === 'abbr') {
            // The group's noun: abbreviations, or one capitalised word with abbreviations after it
            // ("в США", "в Вашингтоне", "при ООН"); capitalised words after that are the name.
            if (w.shape === 'cap') j++;
            while (j < tokens.length && tokens[j]!.shape === 'abbr') j++;
            // "в МЗС України": an abbreviation with the country after it.
            if (w.shape === 'abbr' && tokens[j]?.shape === 'cap' && looksGenitive(tokens[j]!.low)) j++;
            break;
          }
          if (DEMONSTRATIVES.has(w.low)) {
            // "при этом", "в том числе": an adverbial group of its own.
            j++;
            break;
          }
          // A role word right after the preposition is its object ("в дипломатических кругах").
          if (PREPOSITIONS.has(w.low) || (isRoleWord(w.low) && j > k + 1) || (roleStart < 0 && (isInstitutionHead(w.low) && j > k + 1))) break;
          j++;
        }
        if (roleStart < 0 && !placeInstitution && /^(?:в|во|у)$/.test(t.low)) {
          // "В МИД РФ заявили", "заявили в российском МИД": the place stands for the institution.
          const group = tokens.slice(k + 1, j);
          const hasAbbr = group.some((w) => w.shape === 'abbr');
          if (hasAbbr || group.some((w) => isInstitutionHead(w.low))) {
            let e = j;
            while (e < tokens.length && e < j + 4 && tokens[e]!.shape === 'lower' && !PREPOSITIONS.has(tokens[e]!.low) && !speechVerb(tokens[e]!.low)) e++;
            while (e < tokens.length && tokens[e]!.shape === 'abbr') e++;
            // The institution starts at its own word: "в сообщении МИД" is the ministry's, with
            // the adjectives written before it ("в российском МИД").
            let from = k + 1;
            while (from < e - 1 && tokens[from]!.shape === 'lower' && !isInstitutionHead(tokens[from]!.low)) from++;
            while (from > k + 1 && isAdjective(tokens[from - 1]!.low)) from--;
            placeInstitution = { kind: 'institution', name: joinTokens(tokens, from, e), start: tokens[from]!.start, end: tokens[e - 1]!.end, place: true };
            j = e;
          }
        }
        if (roleStart >= 0) roleEnd = j;
        k = j - 1;
        continue;
      }
      if (roleStart < 0 && SKIPPABLE.has(t.low)) {
        skipped++;
        continue;
      }
      if (isRoleWord(t.low) || isInstitutionHead(t.low) || (roleStart >= 0 && roleEnd === k) || (isAdjective(t.low) && k + 1 < tokens.length && !isBoundary(tokens[k + 1]!))) {
        if (roleStart < 0) roleStart = k;
        roleEnd = k + 1;
        continue;
      }
      if (roleStart < 0 && (SKIPPABLE.has(t.low) || skipped < 2)) {
        skipped++;
        if (skipped > 4) return null;
        continue;
      }
      break;
    }
    // A run of capitalised words and abbreviations.
    const end = capRun(k);
    const run = tokens.slice(k, end);
    const next = tokens[end];
    const continues = next !== undefined && next.shape === 'lower' && !PREPOSITIONS.has(next.low) && !speechVerb(next.low);
    if ((roleStart >= 0 && continues) || (isInstitutionHead(run[0]!.low) && continues)) {
      // "речник Міністерства закордонних справ …", "Министерство иностранных дел …": the group goes on.
      if (roleStart < 0) roleStart = k;
      roleEnd = end;
      k = end - 1;
      continue;
    }
    const head = roleStart >= 0 ? tokens[roleStart]!.low : '';
    let nameFrom = 0;
    if (run[0]!.shape === 'abbr') {
      // "МИД РФ Мария Захарова": the abbreviations and one capitalised word after them name the
      // institution; two or more capitalised words after that are the person.
      let a = 0;
      while (a < run.length && run[a]!.shape === 'abbr') a++;
      const caps = run.length - a;
      nameFrom = caps >= 3 ? a + 1 : caps === 2 ? a : run.length;
    } else {
      // Words of the role's organisation before the name: a genitive ("Украины") or an institution's noun ("керівник Офісу Андрій Сорока").
      while (nameFrom < run.length - 1 && (looksGenitive(run[nameFrom]!.low) || (roleStart >= 0 && isInstitutionHead(run[nameFrom]!.low)))) nameFrom++;
      // An organisation with its abbreviation before the name ("Госдепартамента США Мэттью Миллер").
      let lastAbbr = -1;
      run.forEach((w, x) => {
        if (w.shape === 'abbr') lastAbbr = x;
      });
      if (lastAbbr >= nameFrom && lastAbbr < run.length - 1 && (run.length - lastAbbr - 1 >= 2 || opts.isSurname(run.at(-1)!.low))) nameFrom = lastAbbr + 1;
      // One word right after a role, ending as a genitive does ("представитель Госдепа"), is the
      // role's organisation unless the text writes it as a person's surname elsewhere.
      if (roleStart >= 0 && run.length === 1 && /[аяу]$/.test(run[0]!.low) && !opts.isSurname(run[0]!.low)) nameFrom = run.length;
      if (roleStart >= 0 && isInstitutionHead(head) && !isRoleWord(head)) nameFrom = run.length;
      if (roleStart >= 0 && nameFrom === run.length - 1 && looksGenitive(run[nameFrom]!.low)) nameFrom = run.length;
    }
    if (nameFrom < run.length) {
      const role = roleStart >= 0 || nameFrom > 0 ? joinTokens(tokens, roleStart >= 0 ? roleStart : k, k + nameFrom) : null;
      return { kind: 'person', name: joinTokens(tokens, k + nameFrom, end), role, start: run[nameFrom]!.start, end: run[run.length - 1]!.end };
    }
    if (roleStart >= 0 && isRoleWord(head) && !isInstitutionHead(head)) {
      // A role with its organisation, and no name: "представитель Госдепа", "спікер МЗС".
      roleEnd = end;
      k = end - 1;
      continue;
    }
    const from = roleStart >= 0 ? roleStart : k;
    return { kind: 'institution', name: joinTokens(tokens, from, end), start: tokens[from]!.start, end: tokens[end - 1]!.end };
  }
  if (roleStart < 0 && placeInstitution) return placeInstitution;
  if (roleStart >= 0) {
    // The group's head noun: "российское внешнеполитическое ведомство" is an institution.
    const group = tokens.slice(roleStart, roleEnd);
    const institution = group.some((w) => isInstitutionHead(w.low) && !isRoleWord(w.low)) && !group.some((w) => isRoleWord(w.low) && !isAdjective(w.low));
    const role = joinTokens(tokens, roleStart, roleEnd);
    const r = { start: tokens[roleStart]!.start, end: tokens[roleEnd - 1]!.end };
    return institution ? { kind: 'institution', name: role, ...r } : { kind: 'role', role, ...r };
  }
  return null;
}

/** The speaker group ending just before `tokens[i]` (the words before a verb), read back to the clause start. */
export function readSpeakerBefore(tokens: readonly Token[], from: number, i: number, sentenceStart: number, opts: ReadOptions): SpeakerRef | null {
  // The subject is the first group of the clause: read forward from its start, stopping at the verb.
  const clause = tokens.slice(from, i);
  return readSpeaker(clause, 0, sentenceStart, opts);
}

function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    s += (k > from && tokens[k - 1]!.end < t.start ? ' ' : '') + t.text;
  }
  return s;
}
