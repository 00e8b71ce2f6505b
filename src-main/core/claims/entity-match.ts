// Resolution of an article's entities against those already stored (pure: the caller looks the
// candidates up by `probesOf` and hands them in). Persons match by the transliteration-aware
// name similarity; organisations and places by their folded name; a one-word place that is
// exactly the surname of one stored person is that person ("Biden" alone).
import { nameSimilarity, orgKey, SAME_NAME, skeleton, tokens, translitKey, type EntityKind } from './entities';

/** Kinds as the store spells them. */
export type StoredKind = 'person' | 'organization' | 'place' | 'other';

export const storedKind = (k: EntityKind): StoredKind => (k === 'organisation' ? 'organization' : k);

/** A stored entity offered as a match: its name and every surface form recorded for it. */
export interface Candidate {
  id: number;
  kind: StoredKind;
  name: string;
  forms: readonly string[];
}

/** Probes computed so far: the same few names recur in every article (bounded, cleared when full). */
const probeMemo = new Map<string, string | null>();

function personProbe(name: string): string | null {
  let probe = probeMemo.get(name);
  if (probe === undefined) {
    if (probeMemo.size >= 20_000) probeMemo.clear();
    probe = computePersonProbe(name);
    probeMemo.set(name, probe);
  }
  return probe;
}

function computePersonProbe(name: string): string | null {
  const t = tokens(name);
  const last = t[t.length - 1];
  if (!last) return null;
  const key = translitKey(last);
  if (!key) return null;
  // The surname's consonant skeleton: every pair nameSimilarity accepts shares it.
  return `p:${skeleton(key) || key}`;
}

/** The lookup key of one surface form, stored with each alias. */
export function probeOf(kind: StoredKind, name: string): string {
  if (kind === 'person') return personProbe(name) ?? '';
  return `o:${orgKey(name)}`;
}

/** The probes under which the candidates for `name` are stored. */
export function probesOf(kind: StoredKind, name: string): string[] {
  const own = probeOf(kind, name);
  if (kind === 'place' && tokens(name).length === 1) {
    const asSurname = personProbe(name);
    return asSurname ? [own, asSurname] : [own];
  }
  return [own];
}

function score(kind: StoredKind, name: string, c: Candidate): number {
  if (kind === 'person' || c.kind === 'person') {
    if (kind !== 'person') {
      // Only a one-word place may be a person's surname, and only spelt exactly the same way.
      if (kind !== 'place' || tokens(name).length !== 1) return 0;
      const surname = tokens(c.name).at(-1);
      return surname !== undefined && translitKey(surname) === translitKey(name) ? 1 : 0;
    }
    if (c.kind !== 'person') return 0;
    // Against the candidate's full names only: a stored surname alias must not pull in a
    // different given name ("Vladimir Ivanov" is not "Ivan Ivanov" because both are "Ivanov").
    const full = c.forms.filter((f) => tokens(f).length > 1);
    const against = full.length > 0 ? full : [c.name];
    return Math.max(...against.map((f) => nameSimilarity(name, f)));
  }
  const key = orgKey(name);
  return key.length > 0 && (orgKey(c.name) === key || c.forms.some((f) => orgKey(f) === key)) ? 1 : 0;
}

/**
 * The one stored entity `name` belongs to, or null (it is a new one): the best match at or above
 * the same-name threshold when no other scores as well; on a tie, the one candidate written
 * with a full name (a surname joins the full name only when that is unambiguous).
 */
export function pickEntity(kind: StoredKind, name: string, candidates: readonly Candidate[]): number | null {
  const scored = candidates
    .map((c) => ({ c, s: score(kind, name, c) }))
    .filter((x) => x.s >= SAME_NAME)
    .sort((a, b) => b.s - a.s);
  const isFull = (c: Candidate): boolean => tokens(c.name).length > 1 || c.forms.some((f) => tokens(f).length > 1);
  // A full name looks among full names first: "Antoly Antonov" is "Anatoly Antonov" rather than
  // a surname-only entity the analyst split off.
  const pool = tokens(name).length > 1 && scored.some((x) => isFull(x.c)) ? scored.filter((x) => isFull(x.c)) : scored;
  const top = pool[0];
  if (!top) return null;
  const best = pool.filter((x) => x.s === top.s);
  if (best.length === 1) return top.c.id;
  const full = best.filter((x) => isFull(x.c));
  return full.length === 1 ? full[0]!.c.id : null;
}

/** The name to keep when `incoming` joins an entity called `current`: the fuller one. */
export function fullerName(current: string, incoming: string): string {
  return tokens(incoming).length > tokens(current).length ? incoming : current;
}

/** Forms compared as the same written name: case and a leading "the" ignored. */
export const formKey = (s: string): string => s.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** An entity of one article, with the forms it is written in there. */
export interface LocalEntity {
  id: number;
  kind: StoredKind;
  forms: readonly string[];
}

/**
 * The entity of this article a claim's speaker names: the same written form, else the one
 * person whose name it matches ("Antonov" for "Anatoly Antonov"), else the organisation or
 * place of the same folded name. Null when none or several fit.
 */
export function matchSpeaker(speaker: string, local: readonly LocalEntity[]): number | null {
  const key = formKey(speaker);
  const unique = (ids: number[]): number | null => {
    const set = new Set(ids);
    return set.size === 1 ? ids[0]! : null;
  };
  const exact = local.filter((e) => e.forms.some((f) => formKey(f) === key)).map((e) => e.id);
  if (exact.length > 0) return unique(exact);
  // Only forms sharing the speaker's surname key can be the same person (cheap test first).
  const probe = personProbe(speaker);
  const people = local
    .filter((e) => e.kind === 'person' && e.forms.some((f) => personProbe(f) === probe && nameSimilarity(speaker, f) >= SAME_NAME))
    .map((e) => e.id);
  if (people.length > 0) return unique(people);
  const folded = orgKey(speaker);
  return folded ? unique(local.filter((e) => e.kind !== 'person' && e.forms.some((f) => orgKey(f) === folded)).map((e) => e.id)) : null;
}
