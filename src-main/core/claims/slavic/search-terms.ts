// The extra words search indexes beside an article's or a claim's exact text, so a query finds
// word forms and names across scripts while offsets and snippets stay on the exact text:
// - the stem of every Russian word (Snowball) and of every Ukrainian word (its inflection endings
//   cut, Snowball having no Ukrainian), so "высылка" finds "высылку" and "высылки";
// - the transliteration key of every capitalised word in either script (entities' translitKey of
//   its standard Latin spelling), so "Nebenzia" finds "Небензя" and "Захарова" finds "Zakharova".
// Queries are turned into the same terms (searchAlternatives).
import snowball from 'snowball-stemmers';
import { translitKey } from '../entities';
import { latinVariants } from './translit';

const russian = snowball.newStemmer('russian');
const CYRILLIC = /[\u0400-\u04ff]/;
const UKRAINIAN = /[іїєґ]/;
/** Ukrainian inflection endings, longest first: nouns, adjectives and verbs. */
const UK_ENDINGS = [
  'ськими', 'ського', 'ському', 'ською', 'ськими', 'ами', 'ями', 'ові', 'еві', 'ого', 'ому', 'ими', 'іми', 'ися', 'ться', 'ють', 'ять',
  'ати', 'ити', 'ами', 'ах', 'ях', 'ою', 'ею', 'ий', 'ій', 'ої', 'ей', 'ів', 'ам', 'ям', 'ом', 'ем', 'им', 'их', 'ім', 'іх', 'ла', 'ли',
  'ло', 'ав', 'ив', 'ів', 'а', 'я', 'у', 'ю', 'і', 'и', 'е', 'о', 'ь', 'й', 'в',
];

const memo = new Map<string, string>();

/** The stem of one lower-case Cyrillic word; Ukrainian when `uk` (or when it has a letter only Ukrainian has). */
export function stemOf(word: string, uk = false): string {
  const w = word.toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ]/g, '');
  const key = (uk ? 'u' : 'r') + w;
  let s = memo.get(key);
  if (s !== undefined) return s;
  if (uk || UKRAINIAN.test(w)) {
    s = w;
    for (const e of UK_ENDINGS) {
      if (w.length - e.length >= 3 && w.endsWith(e)) {
        s = w.slice(0, -e.length);
        break;
      }
    }
  } else {
    s = russian.stem(w);
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(key, s);
  return s;
}

/**
 * A transliteration key in the terms index, marked by the script it was written in ("c" Cyrillic,
 * "l" Latin): a query looks only at keys of the other script (the exact index finds its own), and
 * a key never meets a stem.
 */
const keyTerm = (key: string, cyrillic: boolean): string => `${cyrillic ? 'c' : 'l'}${key}`;

const WORD = /[\p{L}\p{M}'’ʼ]+/gu;

/** The terms indexed beside `text` (space-separated; empty when it has none). */
export function searchTerms(text: string | null): string {
  if (!text) return '';
  const cyrillic = CYRILLIC.test(text);
  const uk = cyrillic && (text.match(/[іїєґ]/g) ?? []).length > (text.match(/[ыэъ]/g) ?? []).length;
  const out = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const isCyrillic = CYRILLIC.test(w);
    if (isCyrillic && w.length > 2) out.add(stemOf(w, uk));
    if (/^\p{Lu}/u.test(w) && w.length > 2) {
      for (const v of isCyrillic ? latinVariants(w) : [w]) {
        const k = translitKey(v);
        if (k.length > 2) out.add(keyTerm(k, isCyrillic));
      }
    }
  }
  return [...out].join(' ');
}

/** What one query word may match in the terms index: its stem (Cyrillic) and its keys in the other script. */
export function searchAlternatives(word: string): string[] {
  const out = new Set<string>();
  const cyrillic = CYRILLIC.test(word);
  if (cyrillic && word.length > 2) out.add(stemOf(word));
  for (const v of cyrillic ? latinVariants(word) : [word]) {
    const k = translitKey(v);
    if (k.length > 2) out.add(keyTerm(k, !cyrillic));
  }
  return [...out];
}
