// People, organisations and places named in Russian and Ukrainian paragraphs. Names are runs of
// capitalised words (a sentence-initial word only when the text capitalises it elsewhere too);
// a run that starts with an abbreviation is an organisation ("МИД России", "ФСБ"), a role's
// words are left out ("официальный представитель МИД РФ Мария Захарова" gives the organisation
// and the person). The forms of one name in different cases join by the transliteration-aware
// similarity, and the entity is called by the form a subject takes (the nominative) when the text
// writes one, else by its most frequent form.
import type { TextRange } from '../../text/ranges';
import { sentenceRanges } from '../../text/sentences';
import type { Entity, EntityKind } from '../entity-names';
import { nameSimilarity, orgKey, SAME_NAME, skeleton, translitKey } from '../entity-names';
import { isInstitutionHead, isRoleWord } from './speakers';
import { tokenize, type Token } from './tokens';
import { nominative } from './nominative';
import { latinOf } from './translit';

const PREPOSITIONS = new Set('в во на с со у з із к по при для от від о об про перед после після через под над из до за между'.split(' '));
/** Endings of an oblique case of a place or organisation word ("Литвы", "России", "Кремлю", "Москве"). */
const OBLIQUE = /(?:ы|и|ї|е|у|ю|ой|ей|ом|ем|ою|ею|ого|ому)$/;

const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ому|ему|ным|ній|ний|ська|ський|ської|ського)$/;
/** A given name shaped like an adjective ("Анатолий", "Василий", "Андрій"): before a noun, a person's name. */
const GIVEN_NAME = /(?:ий|ій)$/;
/** A common noun's genitive closing a run ("Совет Безопасности", "Министерство обороны"): an institution's name, not a person's. */
const ABSTRACT_GENITIVE = /(?:ости|ості|ства|ництва|ции|ції|ения|ення|ания|ання)$/;
/** An all-capitals word this long is a headline's shouting, not an acronym ("ОТСТРАНИТЬ", "ПРЕДСЕДАТЕЛЬСТВА"). */
const SHOUTED = /^\p{Lu}{6,}$/u;

/** The nominative of a place word in an unambiguous oblique form ("России" → "Россия", "Литвы" → "Литва", "Лондоном" → "Лондон"). */
function placeNominative(w: string): string {
  if (/ии$/.test(w)) return w.slice(0, -1) + 'я';
  if (/(?:[^кгхжшчщ])ы$/.test(w)) return w.slice(0, -1) + 'а';
  if (/[^аеиоуыэюяіїє]ом$/.test(w)) return w.slice(0, -2);
  return w;
}

interface Found {
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
  /** After a preposition: an oblique case. */
  afterPreposition: boolean;
}

export function extractSlavicEntities(text: string, paragraphs: readonly (TextRange & { lang: 'ru' | 'uk' })[]): Entity[] {
  const found: Found[] = [];
  const capitalised = new Set<string>();
  const all: { t: Token; initial: boolean }[][] = [];
  for (const p of paragraphs) {
    for (const s of sentenceRanges(text, p)) {
      const toks = tokenize(text, s);
      let first = true;
      const row = toks.map((t) => {
        const initial = first && t.shape !== 'punct';
        if (t.shape !== 'punct' && !/^[«„“"—–-]$/.test(t.text)) first = false;
        if (t.shape === 'punct' && /^[«„“"—–:-]$/.test(t.text)) first = true;
        if ((t.shape === 'cap' || t.shape === 'abbr') && !initial) capitalised.add(t.low);
        return { t, initial };
      });
      all.push(row);
    }
  }
  for (const row of all) {
    for (let k = 0; k < row.length; k++) {
      const nameLike = (i: number): boolean => {
        const x = row[i];
        if (!x || /-\p{Ll}/u.test(x.t.text)) return false;
        if (x.t.shape === 'abbr') return /\p{L}{2,}/u.test(x.t.text) && !PREPOSITIONS.has(x.t.low);
        return x.t.shape === 'cap' && (!x.initial || capitalised.has(x.t.low));
      };
      if (!nameLike(k)) continue;
      let j = k;
      while (j < row.length && nameLike(j) && (j === k || row[j - 1]!.t.end + 1 >= row[j]!.t.start)) j++;
      const run = row.slice(k, j).map((x) => x.t);
      const afterPreposition = k > 0 && PREPOSITIONS.has(row[k - 1]!.t.low);
      // A headline in capitals names nothing by its capitals.
      if (run.some((w) => SHOUTED.test(w.text))) {
        k = j - 1;
        continue;
      }
      // Abbreviations (and one capitalised word right after them) name an organisation; capitalised
      // words after that are a person ("МИД РФ Мария Захарова").
      let a = 0;
      while (a < run.length && run[a]!.shape === 'abbr') a++;
      if (a > 0) {
        // The country in the genitive belongs to the organisation ("МИД России", "МЗС України").
        const orgEnd = a < run.length && run.length - a !== 2 && /(?:ы|и|ї)$/.test(run[a]!.low) ? a + 1 : a;
        found.push({ kind: 'organisation', text: text.slice(run[0]!.start, run[orgEnd - 1]!.end), start: run[0]!.start, end: run[orgEnd - 1]!.end, afterPreposition });
        const rest = run.slice(orgEnd);
        if (rest.length >= 2) found.push({ kind: 'person', text: text.slice(rest[0]!.start, rest.at(-1)!.end), start: rest[0]!.start, end: rest.at(-1)!.end, afterPreposition: false });
        else if (rest.length === 1) found.push({ kind: 'place', text: rest[0]!.text, start: rest[0]!.start, end: rest[0]!.end, afterPreposition: false });
      } else if (run.some((w) => w.shape === 'abbr')) {
        // "Госдепартамента США Мэттью Миллер": the organisation up to its abbreviation, then the person.
        let last = 0;
        run.forEach((w, x) => {
          if (w.shape === 'abbr') last = x;
        });
        found.push({ kind: 'organisation', text: text.slice(run[0]!.start, run[last]!.end), start: run[0]!.start, end: run[last]!.end, afterPreposition });
        const rest = run.slice(last + 1);
        if (rest.length >= 2) found.push({ kind: 'person', text: text.slice(rest[0]!.start, rest.at(-1)!.end), start: rest[0]!.start, end: rest.at(-1)!.end, afterPreposition: false });
      } else if (run.length >= 2 && run.length <= 3) {
        // A genitive word first ("Украины Сергей Кислица") is the role's, not the name's.
        const from = (run.length === 3 && OBLIQUE.test(run[0]!.low)) || /(?:[еіуюы]|ом|ем|ой)$/.test(run[0]!.low) ? 1 : 0;
        const head = run[from]!.low;
        const last = run.at(-1)!.low;
        if (isRoleWord(head) && run.length - from >= 2) {
          // A role with its country ("Президента України"): the country is a place, the role no one's name.
          const place = run.at(-1)!;
          found.push({ kind: 'place', text: place.text, start: place.start, end: place.end, afterPreposition: false });
        } else {
          const institution = isInstitutionHead(head) || ABSTRACT_GENITIVE.test(last) || (ADJECTIVE.test(head) && !(GIVEN_NAME.test(head) && !ADJECTIVE.test(last) && !ABSTRACT_GENITIVE.test(last)));
          const kind: EntityKind = institution ? 'organisation' : run.length - from === 1 ? 'place' : 'person';
          found.push({ kind, text: text.slice(run[from]!.start, run.at(-1)!.end), start: run[from]!.start, end: run.at(-1)!.end, afterPreposition });
        }
      } else if (run.length === 1 && !(ADJECTIVE.test(run[0]!.low) && row[j]?.t.shape === 'lower')) {
        // One word; an adjective before lower-case words starts a name written in words ("Федеральной службы …").
        found.push({ kind: 'place', text: run[0]!.text, start: run[0]!.start, end: run[0]!.end, afterPreposition });
      }
      k = j - 1;
    }
  }
  // A one-word mention that is the surname of a person named in full is that person.
  const people: Entity[] = [];
  const others = new Map<string, Entity & { counts: Map<string, number> }>();
  const personCounts = new Map<Entity, Map<string, number>>();
  // People by their surname's consonant skeleton: names the similarity joins share it (as the
  // store's probes assume), so a mention is compared with a few people, not all.
  const byProbe = new Map<string, Entity[]>();
  const probe = (name: string): string => {
    const key = translitKey(name.split(' ').at(-1) ?? '');
    return skeleton(key) || key;
  };
  const peopleNear = (name: string): Entity[] => byProbe.get(probe(name)) ?? [];
  const addPerson = (e: Entity): void => {
    const k = probe(e.name);
    byProbe.set(k, [...(byProbe.get(k) ?? []), e]);
  };
  const lang = paragraphs[0]?.lang ?? 'ru';
  for (const f of found.filter((x) => x.kind === 'person')) {
    const form = f.afterPreposition ? nominative(f.text, lang, true) : f.text;
    let e = peopleNear(form).find((p) => nameSimilarity(p.name, form) >= SAME_NAME);
    if (!e) {
      e = { kind: 'person', name: form, aliases: [], mentions: [] };
      people.push(e);
      addPerson(e);
      personCounts.set(e, new Map());
    }
    e.mentions.push({ text: f.text, start: f.start, end: f.end });
    const counts = personCounts.get(e)!;
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  for (const f of found.filter((x) => x.kind !== 'person')) {
    if (f.kind === 'place') {
      const person = peopleNear(f.text).filter((p) => p.name.includes(' ') && nameSimilarity(p.name, f.text) >= SAME_NAME);
      if (person.length === 1) {
        person[0]!.mentions.push({ text: f.text, start: f.start, end: f.end });
        const counts = personCounts.get(person[0]!)!;
        counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
        continue;
      }
    }
    // Case forms of one word share its stem ("Россия", "России", "Россией").
    const key = `${f.kind}:${f.kind === 'organisation' ? orgKey(f.text) : orgKey(f.text).slice(0, Math.max(3, orgKey(f.text).length - 2))}`;
    let e = others.get(key);
    if (!e) {
      e = { kind: f.kind, name: f.text, aliases: [], mentions: [], counts: new Map() };
      others.set(key, e);
    }
    e.mentions.push({ text: f.text, start: f.start, end: f.end });
    if (f.kind === 'place') {
      const nom = placeNominative(f.text);
      if (nom !== f.text) e.counts.set(nom, (e.counts.get(nom) ?? 0) + 0.5);
    }
    // A form after a preposition is surely oblique: it names the entity only when nothing else does.
    e.counts.set(f.text, (e.counts.get(f.text) ?? 0) + (f.afterPreposition || OBLIQUE.test(f.text.toLowerCase()) ? 0.1 : 1));
  }
  const named = (e: Entity, counts: Map<string, number>): Entity => {
    const forms = [...counts.entries()].sort((x, y) => y[1] - x[1] || y[0].split(' ').length - x[0].split(' ').length);
    const full = forms.filter(([f]) => f.includes(' '));
    e.name = (full[0] ?? forms[0])?.[0] ?? e.name;
    // The name in Latin letters too: the same person in English sources, and what a Latin search finds.
    const latin = e.kind === 'person' ? [latinOf(e.name)] : [];
    e.aliases = [...new Set([...counts.keys(), ...e.mentions.map((m) => m.text), ...latin])].filter((f) => f !== e.name);
    e.mentions.sort((x, y) => x.start - y.start);
    return e;
  };
  const out = [...people.map((p) => named(p, personCounts.get(p)!)), ...[...others.values()].map(({ counts, ...e }) => named(e, counts))];
  return out.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
}
