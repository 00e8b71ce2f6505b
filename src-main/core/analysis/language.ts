// What claim extraction needs to know about one language, behind one interface. The detectors in
// core/claims (speech sites, reported clauses, quote attribution, speakers) ask a Language for
// these facts instead of holding word lists of their own, so another language is a second
// implementation of this interface (registered in `languages` below), not a fork of the detectors.
//
// Contract for an implementation:
// - every RegExp is linear (no nested or overlapping unbounded quantifiers) and global ('g') when
//   it is said to be scanned with lastIndex;
// - word lookups take the word as written and fold case themselves;
// - nothing here may keep state between articles.
import type { SpeechVerb } from '../claims/speech-verbs';

export type { SpeechVerb };

/** Grammatical gender and number of a pronoun, for resolving it to the nearest compatible speaker. */
export interface PronounInfo {
  gender: 'male' | 'female' | 'neuter' | 'any';
  number: 'singular' | 'plural';
}

export interface Language {
  /** ISO 639-1 code ("en", "ru", "uk"). */
  code: string;
  /** Every speech-verb form as a whole word; global, scanned with lastIndex over the article. */
  speechVerbPattern: RegExp;
  /** The speech verb a word form is, or null ("said" → say, finite, takes a bare clause). */
  speechVerb(word: string): SpeechVerb | null;
  /** Words that may stand between a subject and its speech verb ("has also said"). */
  isAuxiliary(word: string): boolean;
  /** A personal pronoun that can be a speaker, with its gender and number; null for any other word. */
  pronoun(word: string): PronounInfo | null;
  /** Opening quotation marks mapped to the closing marks each accepts. */
  quoteClosers: Readonly<Record<string, string>>;
}

const registry = new Map<string, Language>();

/** Makes `lang` available to `languageFor`. Implementations call this once from their own module. */
export function registerLanguage(lang: Language): void {
  registry.set(lang.code, lang);
}

/** The implementation for `code`, or null when the language has none (the caller falls back to English). */
export function languageFor(code: string | null | undefined): Language | null {
  return (code && registry.get(code.toLowerCase())) || null;
}
