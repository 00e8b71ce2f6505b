// A Russian or Ukrainian name back in the nominative ("Захаровой" → "Захарова", "Лаврова" →
// "Лавров", "Сергея Лаврова" → "Сергей Лавров"). Candidates are made by undoing the case endings,
// and a Russian candidate is kept only when petrovich (the maintained declension rules for Russian
// names) declines it back to the written form; Ukrainian forms, which petrovich does not decline,
// take the first candidate of the Ukrainian endings.
import petrovich from 'petrovich';

type Case = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

const CASES: readonly Case[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];

/** Endings of oblique forms and the nominative endings they may come from (longest first). */
const UNDO: readonly [string, readonly string[]][] = [
  ['ской', ['ская']], ['цкой', ['цкая']], ['ого', ['ий', 'ой', 'ый']], ['его', ['ий']], ['ому', ['ий', 'ой', 'ый']], ['ему', ['ий']],
  ['ым', ['ий', 'ый', '']], ['им', ['ий', '']], ['ой', ['а', 'ая']], ['ей', ['я', 'ь', 'ея']], ['ою', ['а']], ['ею', ['я']],
  ['ом', ['']], ['ем', ['ь', 'й', '']], ['ою', ['а']], ['ии', ['ия', 'ий']], ['ию', ['ия']], ['ия', ['ий']], ['ія', ['ій']],
  ['ы', ['а']], ['и', ['а', 'я', 'ь']], ['е', ['а', 'я', '']], ['у', ['а', '']], ['ю', ['я', 'ь', 'й']], ['а', ['', 'о']],
  ['я', ['ь', 'й']],
];

const candidates = (w: string): string[] => {
  const out = [w];
  for (const [end, starts] of UNDO) {
    if (w.length > end.length + 1 && w.endsWith(end)) for (const s of starts) out.push(w.slice(0, -end.length) + s);
  }
  return out;
};

/** True when petrovich declines `nom` (a `type` name of `gender`) to `form` in some oblique case. */
function declinesTo(nom: string, form: string, type: 'first' | 'last', gender: 'male' | 'female'): boolean {
  for (const c of CASES) {
    const p = petrovich({ gender, [type]: nom }, c);
    if (p[type] === form) return true;
  }
  return false;
}

const memo = new Map<string, string>();

/**
 * The nominative of a name written in an oblique case. `oblique` says the form is surely not the
 * nominative (after "по словам", "за словами"); otherwise a form that is already a nominative stays.
 */
export function nominative(name: string, lang: 'ru' | 'uk', oblique: boolean): string {
  const key = `${lang}${oblique ? 1 : 0}${name}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const words = name.split(' ');
  // One gender for the whole name: the one under which its last word declines back.
  const out = words.map((w) => w);
  for (const gender of ['female', 'male'] as const) {
    const tried = words.map((w, i) => nominativeWord(w, i === words.length - 1 ? 'last' : 'first', gender, lang, oblique));
    if (tried.every((x) => x !== null)) {
      words.forEach((_, i) => (out[i] = tried[i]!));
      break;
    }
  }
  const result = out.join(' ');
  if (memo.size > 5000) memo.clear();
  memo.set(key, result);
  return result;
}

function nominativeWord(w: string, type: 'first' | 'last', gender: 'male' | 'female', lang: 'ru' | 'uk', oblique: boolean): string | null {
  if (!/^\p{Lu}\p{Ll}/u.test(w)) return w;
  if (lang === 'uk') {
    if (!oblique) return w;
    // Ukrainian: -енка → -енко, -ого → -ий, -ої → -а, -и/-і → -а/-я, a consonant + а → the consonant.
    // Surnames in -ко decline as -ка ("Бойка", "Ніколенка").
    if (/ка$/.test(w)) return w.slice(0, -1) + 'о';
    if (/ія$/.test(w)) return w.slice(0, -1) + 'й';
    if (/ого$/.test(w)) return w.slice(0, -3) + 'ий';
    if (/ої$/.test(w)) return gender === 'female' ? w.slice(0, -2) + 'а' : null;
    if (/ці$/.test(w)) return w.slice(0, -1) + 'я';
    if (/[иі]$/.test(w)) return w.slice(0, -1) + 'а';
    if (/[^аеиіоуюяєї]а$/.test(w)) return gender === 'male' ? w.slice(0, -1) : null;
    if (/я$/.test(w)) return w.slice(0, -1) + 'ь';
    return w;
  }
  // In a subject's place the name is already in the nominative.
  if (!oblique) return w;
  const cands = candidates(w);
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    if (c === w) continue;
    if (declinesTo(c, w, type, gender)) return c;
  }
  // A name that does not decline ("Петренко") is its own nominative.
  return petrovich({ gender, [type]: w }, 'genitive')[type] === w ? w : null;
}
