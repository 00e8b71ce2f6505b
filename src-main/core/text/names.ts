// Who a noun phrase names: a person ("Russian Ambassador Antoly Antonov" → "Antoly Antonov"),
// an institution ("The U.S. Embassy in Russia" → "U.S. Embassy in Russia"), a single named
// entity ("Russia", "Porter"), a pronoun or a generic reference ("the embassy").
import { adjacent, isCapitalised, wordsIn, type Word } from './words';

/** 'unnamed': a subject that names no one the text can show ("most of them", "who", "voters"). */
export type NameKind = 'person' | 'institution' | 'entity' | 'pronoun' | 'generic' | 'unnamed';

export interface NamedRef {
  kind: NameKind;
  /** The name as it should be shown ("Maria Zakharova", "U.S. Embassy in Russia", "he", "the embassy"). */
  name: string;
  /** Offset of the name's first character in the text. */
  start: number;
}

/** Titles and roles that precede a person's name. */
const ROLE = new Set(
  (
    'ambassador president minister secretary spokesperson spokesman spokeswoman senator sen. rep. gov. governor mayor ' +
    'chancellor director chairman chairwoman chair chief ceo general gen. commander leader envoy deputy prime king queen ' +
    'prince princess pope judge justice officer mr. mrs. ms. dr. prof. premier vice speaker attorney counsel adviser advisor ' +
    'representative lawmaker official spokesperson. colonel col. lt. captain capt. sergeant sgt. admiral adm. major maj. ' +
    'foreign defense defence interior finance state sir lord lady dame sheikh emir sultan president-elect former acting ' +
    'correspondent reporter editor analyst professor inspector commissioner councillor councilor delegate consul diplomat ' +
    'head founder owner manager executive economist author writer member engineer teacher doctor lawyer scientist ' +
    'researcher activist resident farmer student organiser organizer chair chairperson coach principal pastor priest ' +
    'rabbi imam bishop archbishop nurse witness survivor victim negotiator mediator strategist consultant historian'
  ).split(/\s+/),
);

/** Words that make a capitalised run an institution or a place rather than a person. */
const ORG_HEAD = new Set(
  (
    'embassy ministry department mission office council house government agency commission committee court parliament ' +
    'congress senate police army military forces force navy bank university times post journal news press reuters ' +
    'service services administration union nations states kingdom federation republic emirates organization organisation ' +
    'party company corporation corp. inc. group institute kremlin pentagon fund association authority authorities ' +
    'cabinet assembly alliance coalition command guard bureau network channel tv radio television magazine daily herald ' +
    'tribune telegraph guardian gazette wire center centre club league foundation board campaign movement front ' +
    'u.s. u.n. u.k. e.u. eu un us uk usa nato who imf opec'
  ).split(/\s+/),
);

/** First words of place names ("Port Arlen", "Mount Ora", "Lake Ona"). */
const PLACE_HEAD = new Set(['port', 'mount', 'mt.', 'lake', 'cape', 'fort', 'bay', 'gulf', 'isle', 'glen', 'san', 'santa', 'são', 'sao']);

const CONNECTOR = new Set(['of', 'for', 'the', 'in', 'to', 'de', 'del', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'al', 'bin', 'ibn']);
const NAME_PARTICLE = new Set(['de', 'del', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'al', 'bin', 'ibn']);
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Lowercase nouns that can stand for a speaker ("the embassy said", "officials said"). */
const GENERIC = new Set(
  (
    'embassy ministry department statement government spokesperson spokesman spokeswoman officials official ' +
    'authorities police military army kremlin mission office agency council committee commission court ' +
    'sources source diplomats diplomat administration campaign company group organization organisation union ' +
    'agencies agency mediators mediator negotiators officers investigators prosecutors prosecutor lawmakers analysts ' +
    'experts witnesses witness residents activists critics organisers organizers firm regulator operator board watchdog ' +
    'aide aides insiders minister mayor governor president senator chairman chairwoman ambassador director judge envoy ' +
    'groups voters observers economists supporters leaders members workers researchers scientists advocates opponents ' +
    'protesters strategists advisers advisors'
  ).split(/\s+/),
);
/** Sentence-initial function words that are capitalised without being names. */
const NOT_NAME = new Set(
  (
    'the a an this that these those his her its their our my your last earlier later on in at by for from but and or ' +
    'yet so if when while after before as since though although meanwhile however currently today yesterday also ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september ' +
    'october november december should would could will can may might must shall do does did is are was were be ' +
    'what why how where who whom whose which there here it we they he she i you our us not no yes all some many most ' +
    'more every each one two three several both either neither such only even just still then thus hence instead ' +
    'once now soon perhaps maybe indeed unlike despite given amid during under over with without about against ' +
    'nobody everyone everybody someone somebody anyone anybody nothing everything something many few others other'
  ).split(/\s+/),
);

const lower = (w: string): string => w.toLowerCase();

/** What opens a clause after a comma (", and the talks collapsed,"), so the commas hold no appositive. */
const CLAUSE_AFTER_COMMA = /^\s*(?:and|but|or|so|yet|while|because|although|though|then|when|after|before|since|if|where|as)\s/i;
/** Quantifiers that open a generic phrase ("Many lawmakers", "Some experts"). */
const QUANTIFIER = new Set('many some several most few numerous multiple other all both more'.split(' '));
/** Lowercase words that end a phrase's modifiers (they open a clause or are verbs). */
const NOT_MODIFIER = new Set('because whether than where until unless has have had said says told asked say being having'.split(' '));
const isModifier = (w: string): boolean =>
  !NOT_NAME.has(lower(w)) && !NOT_MODIFIER.has(lower(w)) && (isCapitalised(w) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !w.endsWith('ly')));

/**
 * Index of the first word of the phrase ending with the noun `words[n]`: up to four modifiers
 * back (names, adjectives, nouns, a plural possessive, "X and Y"), and a leading quantifier.
 */
function modifiersStart(text: string, words: readonly Word[], n: number): number {
  let i = n;
  while (i > 0 && n - i < 4) {
    const w = words[i - 1]!;
    const gap = text.slice(w.end, words[i]!.start);
    if (!/^['’]?[^\S\n]+$/.test(gap)) break;
    if (QUANTIFIER.has(lower(w.text))) return i - 1;
    if (lower(w.text) === 'and' && gap.trim() === '' && i > 1 && isModifier(words[i - 2]!.text) && /^[^\S\n]+$/.test(text.slice(words[i - 2]!.end, w.start))) {
      i -= 2;
      continue;
    }
    if (!isModifier(w.text)) break;
    i--;
  }
  return i;
}
const isPossessive = (w: string): boolean => /['’]s$/.test(w);
/** True when `w` is a title or role word ("Ambassador", "spokeswoman", "Deputy"). */
export const isRole = (w: string): boolean => ROLE.has(lower(w));
/** True when `w` is a connector inside names ("of", "for", "the", "to", "van"…). */
export const isConnector = (w: string): boolean => CONNECTOR.has(w);
const isOrg = (w: string): boolean => ORG_HEAD.has(lower(w));

/**
 * The trailing run of capitalised words of `words` (connectors allowed inside), stopping at
 * punctuation, possessives and lowercase words.
 */
function trailingRun(text: string, words: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (run.length > 0 && !adjacent(text, w, run[0]!)) break;
    if (isCapitalised(w.text) && !isPossessive(w.text)) {
      run.unshift(w);
      continue;
    }
    if (run.length > 0 && CONNECTOR.has(w.text)) {
      run.unshift(w);
      continue;
    }
    break;
  }
  while (run.length > 0 && (CONNECTOR.has(run[0]!.text) || NOT_NAME.has(lower(run[0]!.text)))) run.shift();
  while (run.length > 0 && CONNECTOR.has(run[run.length - 1]!.text)) run.pop();
  return run;
}

const joinWords = (text: string, ws: readonly Word[]): string => text.slice(ws[0]!.start, ws[ws.length - 1]!.end);

/** Classifies a run of capitalised words (with connectors). */
function classifyRun(text: string, run: readonly Word[], roleBefore: boolean): NamedRef | null {
  if (run.length === 0) return null;
  // The part after the last connector ("Secretary of State Antony Blinken" → State Antony Blinken).
  let lastConn = -1;
  run.forEach((w, i) => {
    if (CONNECTOR.has(w.text) && !NAME_PARTICLE.has(w.text)) lastConn = i;
  });
  // "Sen. Marcus Bell of Ohio": a titled person from somewhere is the person.
  if (lastConn > 1 && /^(?:of|from)$/.test(run[lastConn]!.text) && isRole(run[0]!.text)) {
    const head = classifyRun(text, run.slice(0, lastConn), roleBefore);
    if (head && head.kind === 'person') return head;
  }
  const tail = run.slice(lastConn + 1);
  let lastMarker = -1;
  tail.forEach((w, i) => {
    if (isRole(w.text) || isOrg(w.text)) lastMarker = i;
  });
  const after = tail.slice(lastMarker + 1);
  if (lastMarker >= 0 && after.length > 0) {
    return { kind: 'person', name: joinWords(text, after), start: after[0]!.start };
  }
  if (lastMarker >= 0 || (lastConn >= 0 && tail.length <= 1)) {
    // Ends with an institution word, or "X in Place": an institution (or a titled role alone).
    const onlyRoles = run.every((w) => isRole(w.text) || CONNECTOR.has(w.text));
    if (onlyRoles) return null;
    return { kind: 'institution', name: joinWords(text, run), start: run[0]!.start };
  }
  // "Port Arlen", "Lake Ona", "Fort Dane": a geographic head word makes the run a place.
  if (lastConn < 0 && tail.length >= 2 && PLACE_HEAD.has(lower(tail[0]!.text))) {
    return { kind: 'entity', name: joinWords(text, tail), start: tail[0]!.start };
  }
  if (tail.length === 1) {
    return { kind: lastConn >= 0 ? 'institution' : 'entity', name: joinWords(text, lastConn >= 0 ? run : tail), start: (lastConn >= 0 ? run : tail)[0]!.start };
  }
  // Plain capitalised words: a person's name, at most four words (the last ones when a role
  // word stood before the run: "ambassador to the United States Anatoly Antonov").
  let name = tail;
  if (name.length > 4 || (roleBefore && name.length > 3)) {
    const hasInitial = name.length >= 3 && /^\p{Lu}\.$/u.test(name[name.length - 2]!.text);
    name = name.slice(hasInitial ? -3 : -2);
  }
  return { kind: 'person', name: joinWords(text, name), start: name[0]!.start };
}

/**
 * Who the phrase ending at `to` names (the words just before a speech verb, or a phrase after
 * it). Looks at `text.slice(from, to)`; an appositive ", a spokeswoman for …," is skipped.
 */
export function nameEndingAt(text: string, from: number, to: number): NamedRef | null {
  let end = to;
  let segment = text.slice(from, end);
  // "Olivia Dalton, a spokeswoman for the U.S. Mission to the United Nations, said": the
  // subject is before the appositive.
  // Also "Lena Ortiz, Ostrana's envoy in the capital, said" and "…, his deputy, said".
  // "Sen. Ann Vale (D-Ore.) said": a party label or place in brackets after the name.
  const bracket = /\s*\([^()]{1,40}\)\s*$/.exec(segment);
  if (bracket) {
    end = from + bracket.index;
    segment = text.slice(from, end);
  }
  const appositive = /,\s*(?:\d{1,3}|a|an|the|who|which|one|among|both|herself|himself|his|her|its|their|\p{Lu}[\p{L}-]*['’]s|[\p{Ll}]+ed|[\p{Ll}]+ing)(?!\p{L})[^,]{0,120},\s*$/u.exec(segment);
  if (appositive) {
    end = from + appositive.index;
    segment = text.slice(from, end);
    // "Sen. Ann Vale (D-Ore.), who …, said": the bracket before the appositive too.
    const inner = /\s*\([^()]{1,40}\)\s*$/.exec(segment);
    if (inner) {
      end = from + inner.index;
      segment = text.slice(from, end);
    }
  }
  // Any other appositive (", New Jersey’s governor,", ", 60, a retired driver,") when a name stands
  // before it: tried on what is left, then on the whole phrase.
  for (const phrase of appositive ? [segment, text.slice(from, to)] : [segment]) {
    const other = /,(?:[^,]{1,80},){1,2}\s*$/.exec(phrase);
    // ", and the talks collapsed," is a clause of its own, not an appositive.
    if (other && !CLAUSE_AFTER_COMMA.test(phrase.slice(other.index + 1))) {
      const head = nameEndingAt(text, from, from + other.index);
      if (head && (head.kind === 'person' || head.kind === 'entity' || head.kind === 'institution')) return head;
    }
  }
  const words = wordsIn(text, from, end);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (/\S/.test(text.slice(last.end, end))) {
    // Punctuation other than a comma between the phrase and the verb ("…” said"): nothing is named here.
    if (!/^[\s,]*$/.test(text.slice(last.end, end))) return null;
  }
  if (PRONOUN.has(lower(last.text)) && (words.length === 1 || !isCapitalised(last.text) || last.text === 'I')) {
    return { kind: 'pronoun', name: lower(last.text) === 'i' ? 'I' : lower(last.text), start: last.start };
  }
  const run = trailingRun(text, words);
  if (run.length === 0) {
    if (GENERIC.has(lower(last.text))) {
      // "the embassy", "Embassy officials", "Federal and state officials", "Many lawmakers",
      // "Residents’ groups": the noun with the modifiers before it.
      const i = modifiersStart(text, words, words.length - 1);
      const first = words[i]!;
      const det = i > 0 && /^(?:the|its|their|his|her)$/i.test(words[i - 1]!.text) && adjacent(text, words[i - 1]!, first) ? words[i - 1]! : null;
      const startWord = det ?? first;
      return { kind: 'generic', name: text.slice(startWord.start, last.end).replace(/^The\b/, 'the'), start: startWord.start };
    }
    return null;
  }
  if (run[run.length - 1] !== last) return null;
  const before = words[words.indexOf(run[0]!) - 1];
  const before2 = words[words.indexOf(run[0]!) - 3];
  const roleBefore = (before !== undefined && isRole(before.text)) || (before2 !== undefined && isRole(before2.text));
  return classifyRun(text, run, roleBefore);
}

/** Lowercase words of a title before a name, besides the roles ("presidential candidate", "party boss"). */
const TITLE_WORD = new Set('presidential candidate nominee party boss campaign chairman senior top chief hopeful front-runner frontrunner strategist pollster host moderator activist'.split(' '));

/**
 * True when the lowercase words from `words[k]` (at most three, title words) lead to a
 * capitalised word: "Democratic presidential candidate Sen. Ann Vale", "party boss Ann Vale".
 */
function beforeName(text: string, words: readonly Word[], k: number): boolean {
  for (let i = k; i < words.length && i < k + 3; i++) {
    const w = words[i]!;
    if (i > k && !adjacent(text, words[i - 1]!, w)) return false;
    if (isCapitalised(w.text)) return i > k && !NOT_NAME.has(lower(w.text));
    if (!isRole(w.text) && !TITLE_WORD.has(w.text)) return false;
  }
  return false;
}

/** Who the phrase starting at `from` names ("said Jane Doe, the mayor"): the first capitalised run. */
export function nameStartingAt(text: string, from: number, to: number): NamedRef | null {
  const words = wordsIn(text, from, to);
  const first = words[0];
  if (!first) return null;
  if (PRONOUN.has(lower(first.text))) return { kind: 'pronoun', name: lower(first.text), start: first.start };
  // "said local councillor Omar Farid on Monday": the phrase runs to its last capitalised word
  // before anything that cannot belong to a name (a weekday, "on", a verb…); the name is then
  // read from its end like a subject before a verb.
  let lastCap = -1;
  let begin = first;
  for (let k = 0; k < words.length && k < 14; k++) {
    const w = words[k]!;
    if (k > 0 && !adjacent(text, words[k - 1]!, w)) break;
    // "said Ostrana's Special Envoy …": a leading possessive is a determiner.
    if (k === 0 && isPossessive(w.text) && isCapitalised(w.text) && words[1] && adjacent(text, w, words[1])) {
      begin = words[1];
      continue;
    }
    // "Special Envoy for Humanitarian Affairs Ambassador X": connectors between capitalised words.
    if (k > 0 && CONNECTOR.has(w.text) && isCapitalised(words[k - 1]!.text) && words[k + 1] && isCapitalised(words[k + 1]!.text)) continue;
    if (NOT_NAME.has(lower(w.text)) && !(k === 0 && /^(?:the|a|an|one|another|two|three|several|some|many)$/i.test(w.text))) break;
    if (isCapitalised(w.text)) lastCap = k;
    else if (lastCap >= 0 && !CONNECTOR.has(w.text) && !isRole(w.text) && !beforeName(text, words, k)) {
      // "said one GOP source in the room": the generic noun the names qualify ends the phrase.
      if (lastCap === k - 1 && GENERIC.has(lower(w.text))) return nameEndingAt(text, begin.start, w.end);
      break;
    }
    if (isPossessive(w.text)) break;
  }
  if (lastCap >= 0) return nameEndingAt(text, begin.start, words[lastCap]!.end);
  const det = /^(?:the|a|an)$/i.test(first.text) ? 1 : 0;
  const noun = words[det];
  if (noun && GENERIC.has(lower(noun.text))) {
    return { kind: 'generic', name: text.slice(first.start, noun.end).replace(/^The\b/, 'the'), start: first.start };
  }
  return null;
}

/** Capitalised words joined by spaces and lowercase connectors: candidate names (one pass, no backtracking blow-up). */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:[^\S\n]+(?:(?:of|for|the|in|to|de|del|van|von|der|da|di|la|le|al|bin|ibn)[^\S\n]+)*\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)*/gu;

/** The word just before `pos` when only spaces separate them (cheap backward scan). */
function wordBefore(text: string, pos: number): Word | undefined {
  let e = pos;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e === pos) return undefined;
  let b = e;
  while (b > 0 && e - b < 30 && /[\p{L}.]/u.test(text[b - 1]!)) b--;
  return b < e ? { text: text.slice(b, e), start: b, end: e } : undefined;
}

/** Every capitalised run of the text, classified, in order. */
export function namedMentions(text: string): NamedRef[] {
  const out: NamedRef[] = [];
  const classify = (run: Word[], prev: Word | undefined): void => {
    while (run.length > 0 && (CONNECTOR.has(run[0]!.text) || NOT_NAME.has(lower(run[0]!.text)))) run.shift();
    while (run.length > 0 && CONNECTOR.has(run[run.length - 1]!.text)) run.pop();
    const ref = classifyRun(text, run, prev !== undefined && isRole(prev.text));
    if (ref) out.push(ref);
  };
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    const words = wordsIn(text, m.index, m.index + m[0].length);
    // The word before the run, for "ambassador … Anatoly Antonov".
    let prev: Word | undefined = wordBefore(text, m.index);
    let run: Word[] = [];
    for (const w of words) {
      // A sentence's final period between two capitalised words ends the run ("… Carrier. Rubio").
      const last = run[run.length - 1];
      if (last && !adjacent(text, last, w)) {
        classify(run, prev);
        prev = undefined;
        run = [];
      }
      run.push(w);
      // A possessive ends a run: "Russia’s Foreign Ministry" names Russia, then the ministry;
      // so does a weekday or month ("Karl Hense on Tuesday").
      if (NOT_NAME.has(lower(w.text)) && run.length > 1 && isCapitalised(w.text)) {
        run.pop();
        classify(run, prev);
        prev = w;
        run = [];
      } else if (isPossessive(w.text)) {
        classify(run, prev);
        prev = w;
        run = [];
      }
    }
    classify(run, prev);
  }
  return out;
}

/** Person names of two or more words found anywhere in the text, with their positions. */
export function personMentions(text: string): NamedRef[] {
  return namedMentions(text).filter((r) => r.kind === 'person' && r.name.includes(' '));
}

/** Institutions named anywhere in the text ("U.S. Embassy in Belarus"), with their positions. */
export function institutionMentions(text: string): NamedRef[] {
  return namedMentions(text).filter((r) => r.kind === 'institution');
}
