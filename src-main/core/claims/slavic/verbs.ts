// Speech verbs of Russian and Ukrainian, recognised by lemma. Each lemma is written once, as its
// infinitive; its past forms in every gender and number (заявил, заявила, заявило, заявили; uk
// заявив, заявила, заявили), its present third person (заявляет, заявляют; uk заявляє, наголошує),
// reflexive forms and the perfective gerund (заявив, подчеркнув) are made from it by the regular
// conjugation rules, so the list holds verbs, not word forms.

/** What a verb's complement is: a "что" clause or an inverted quote (say), or a noun group and the rest of the clause. */
export type VerbFrame = 'say' | 'name' | 'accuse' | 'urge';

export type Gender = 'm' | 'f' | 'n' | 'pl';

export interface VerbForm {
  lemma: string;
  frame: VerbFrame;
  /** Gender or number of a past form; null for present forms and gerunds. */
  gender: Gender | null;
  /** A gerund ("отметив, что …"): its subject is the clause's subject. */
  gerund: boolean;
}

const SAY_RU =
  'заявить заявлять сообщить сообщать отметить отмечать подчеркнуть подчёркивать написать добавить добавлять пояснить пояснять ' +
  'предупредить предупреждать сказать заметить указать указывать уточнить уточнять подтвердить подтверждать напомнить напоминать ' +
  'рассказать рассказывать объяснить объяснять констатировать признать признавать заверить заверять утверждать высказаться ' +
  'высказываться ответить отвечать возразить опровергнуть отрицать настаивать подчеркивать считать полагать убеждать ' +
  'выразить говориться пожаловаться жаловаться признаться уверять акцентировать резюмировать прокомментировать комментировать говорить';
const SAY_UK =
  'заявити заявляти повідомити повідомляти наголосити наголошувати зазначити зазначати підкреслити підкреслювати написати додати ' +
  'додавати пояснити пояснювати попередити попереджати сказати відзначити відзначати розповісти розповідати нагадати нагадувати ' +
  'підтвердити підтверджувати висловитися висловлюватися відповісти запевнити уточнити вважати говорити констатувати ' +
  'прокоментувати коментувати визнати стверджувати поскаржитися скаржитися наполягати казати зауважити зауважувати';
const NAME = 'назвать называть назвати називати';
const ACCUSE = 'обвинить обвинять обвинити звинуватити звинувачувати';
const URGE =
  'призвать призывать пообещать обещать предложить предлагать посоветовать потребовать требовать пригрозить предостеречь ' +
  'закликати закликав пообіцяти обіцяти запропонувати пропонувати порадити вимагати';

/** Forms the regular rules cannot make ("предостеречь" → "предостерёг"), as lemma: forms. */
const IRREGULAR: Record<string, string> = {
  предостеречь: 'предостерег предостерегла предостерегли предостерегло предостерегает предостерегают предостерегая',
  рассказать: 'расскажет',
  сказать: 'скажет',
  написать: 'пишет пишут',
  розповісти: 'розповів розповіла розповіли',
  відповісти: 'відповів відповіла відповіли',
  призвать: 'призвал призвала призвали',
  закликати: 'закликав закликала закликали закликає',
  казати: 'каже кажуть',
  написати: 'пише пишуть',
  // Predicative adjectives that report a view: "уверен, что", "переконаний, що".
  уверять: 'уверен уверена уверены убежден убеждена убеждены',
  запевнити: 'впевнений впевнена впевнені переконаний переконана переконані',
};

const fold = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

/** Every form made from one infinitive, with its gender. */
function formsOf(lemma: string): [form: string, gender: Gender | null, gerund: boolean][] {
  const out: [string, Gender | null, boolean][] = [];
  const reflexive = /(?:ся|сь)$/.test(lemma);
  const base = reflexive ? lemma.slice(0, -2) : lemma;
  const refl = (f: string): string[] => (reflexive ? (/[аеиоуыяєіїю]$/.test(f) ? [f + 'сь', f + 'ся'] : [f + 'ся']) : [f]);
  const uk = /ти$/.test(base);
  const stem = base.replace(/т[ьи]$/, '');
  const push = (f: string, g: Gender | null, gerund = false): void => {
    for (const x of refl(f)) out.push([fold(x), g, gerund]);
  };
  if (uk) {
    push(stem + 'в', 'm');
  } else {
    push(stem + 'л', 'm');
    push(stem + 'в', null, true);
    push(stem + 'вши', null, true);
  }
  push(stem + 'ла', 'f');
  push(stem + 'ло', 'n');
  push(stem + 'ли', 'pl');
  if (uk) push(stem + 'вши', null, true);
  // Present third person (imperfective lemmas, and the future of perfective ones, are alike here).
  if (uk) {
    if (stem.endsWith('ува') || stem.endsWith('юва')) {
      const s = stem.slice(0, -3) + (stem.endsWith('юва') ? 'ю' : 'у');
      push(s + 'є', null);
      push(s + 'ють', null);
    } else if (/[ая]$/.test(stem)) {
      push(stem + 'є', null);
      push(stem + 'ють', null);
    } else if (stem.endsWith('и')) {
      push(stem.slice(0, -1) + 'ить', null);
      push(stem.slice(0, -1) + 'ять', null);
    }
  } else if (stem.endsWith('ова') || stem.endsWith('ева')) {
    const s = stem.slice(0, -3) + 'у';
    push(s + 'ет', null);
    push(s + 'ют', null);
  } else if (/[аяе]$/.test(stem)) {
    push(stem + 'ет', null);
    push(stem + 'ют', null);
    push(stem + 'я', null, true);
  } else if (stem.endsWith('и')) {
    push(stem.slice(0, -1) + 'ит', null);
    push(stem.slice(0, -1) + 'ят', null);
    push(stem.slice(0, -1) + 'ат', null);
  }
  for (const f of (IRREGULAR[lemma] ?? '').split(' ').filter(Boolean)) {
    const g: Gender | null = /(?:ла(?:сь|ся)?|на)$/.test(f) ? 'f' : /(?:ли(?:сь)?|ны|ні)$/.test(f) ? 'pl' : /(?:л|г|в|ен|ний)$/.test(f) ? 'm' : null;
    out.push([fold(f), g, false]);
  }
  return out;
}

const isUkrainian = (lemma: string): boolean => /т(?:и|ися|ись)$/.test(lemma);

function buildTables(): Record<'ru' | 'uk', Map<string, VerbForm>> {
  const tables = { ru: new Map<string, VerbForm>(), uk: new Map<string, VerbForm>() };
  const add = (lemmas: string, frame: VerbFrame): void => {
    for (const lemma of lemmas.split(/\s+/).filter(Boolean)) {
      const table = tables[isUkrainian(lemma) ? 'uk' : 'ru'];
      for (const [form, gender, gerund] of formsOf(lemma)) {
        if (!table.has(form)) table.set(form, { lemma, frame, gender, gerund });
      }
    }
  };
  add(NAME, 'name');
  add(ACCUSE, 'accuse');
  add(URGE, 'urge');
  add(SAY_RU, 'say');
  add(SAY_UK, 'say');
  return tables;
}

let tables: Record<'ru' | 'uk', Map<string, VerbForm>> | null = null;

/**
 * The speech verb a word form belongs to, or null. The paragraph's language is asked first: the
 * same form may be a Russian gerund and a Ukrainian past ("сказав").
 */
export function speechVerb(word: string, lang: 'ru' | 'uk' = 'ru'): VerbForm | null {
  tables ??= buildTables();
  const w = fold(word);
  return tables[lang].get(w) ?? tables[lang === 'ru' ? 'uk' : 'ru'].get(w) ?? null;
}
