// Russian and Ukrainian claims, speakers, entities and transliteration on sentences written for
// these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimDraft } from '../../../src-main/core/claims/index';
import { extractEntities, nameSimilarity, SAME_NAME } from '../../../src-main/core/claims/entities';
import { nominative } from '../../../src-main/core/claims/slavic/nominative';
import { speechVerb } from '../../../src-main/core/claims/slavic/verbs';
import { paragraphLanguages } from '../../../src-main/core/claims/slavic/language';
import { paragraphRanges } from '../../../src-main/core/text/paragraphs';
import { searchAlternatives, searchTerms } from '../../../src-main/core/claims/slavic/search-terms';

const find = (claims: ClaimDraft[], words: string): ClaimDraft | undefined => claims.find((c) => c.text.includes(words));

describe('speech verbs by lemma', () => {
  it('knows every gender, number and aspect of a lemma, Russian and Ukrainian', () => {
    for (const w of ['заявил', 'заявила', 'заявили', 'заявило', 'заявляет', 'заявляют', 'сообщила', 'подчеркнул', 'подчеркнув', 'отметив', 'предупредили', 'высказалась']) {
      expect(speechVerb(w, 'ru'), w).not.toBeNull();
    }
    for (const w of ['заявив', 'заявила', 'повідомив', 'наголосив', 'зазначила', 'наголошує', 'підкреслили', 'сказав']) expect(speechVerb(w, 'uk'), w).not.toBeNull();
    expect(speechVerb('заявила', 'ru')?.gender).toBe('f');
    expect(speechVerb('сказав', 'uk')?.gerund).toBe(false);
    expect(speechVerb('сказав', 'ru')?.gerund).toBe(true);
    expect(speechVerb('заявление', 'ru')).toBeNull();
  });
});

describe('names back in the nominative', () => {
  it('undoes Russian cases through petrovich and Ukrainian endings', () => {
    expect(nominative('Ольги Петренко', 'ru', true)).toBe('Ольга Петренко');
    expect(nominative('Ивана Горохова', 'ru', true)).toBe('Иван Горохов');
    expect(nominative('Марины Сомовой', 'ru', true)).toBe('Марина Сомова');
    expect(nominative('Тараса Бойка', 'uk', true)).toBe('Тарас Бойко');
    expect(nominative('Сергія Литвина', 'uk', true)).toBe('Сергій Литвин');
    expect(nominative('Марина Сомова', 'ru', false)).toBe('Марина Сомова');
  });
});

describe('Russian claims', () => {
  const text = [
    'Министр иностранных дел Карелии Ольга Петренко заявила, что консульство в Тарске закроется к лету.',
    '«Мы не видим оснований для такого шага, — сказала Петренко. — Решение будет пересмотрено».',
    'Пресс-служба Кремля сообщила, что встреча назначена на пятницу.',
    'По словам Ивана Горохова, переговоры зашли в тупик.',
    '— Мы готовы к диалогу, но не на таких условиях, — отметил Горохов. — Ответ последует.',
    'Переговоры продолжатся в понедельник, сообщили в посольстве Литвы.',
    'Как подчеркнул представитель ведомства Андрей Семёнов, никаких решений пока не принято.',
    'Позже Горохов обвинил соседей в срыве договоренностей.',
    'Консул Марина Сомова не сообщила, когда уедут дипломаты.',
    'Сомова назвала эти меры недружественными.',
    'Она также предупредила, что ответные шаги последуют незамедлительно.',
    'Позже Сомова дала интервью газете «Северный вестник» о так называемых «уступках».',
  ].join('\n\n');
  const claims = extractClaims(text, { language: 'ru' });

  it('reads "X заявил, что …" with the role apart from the name', () => {
    const c = find(claims, 'консульство в Тарске');
    expect(c).toMatchObject({ kind: 'indirect', speaker: 'Ольга Петренко', text: 'консульство в Тарске закроется к лету' });
    expect(c?.speakerRole).toBe('Министр иностранных дел Карелии');
  });

  it('splits a quote at its attribution into two claims of one speaker', () => {
    expect(find(claims, 'Мы не видим')).toMatchObject({ kind: 'direct', speaker: 'Ольга Петренко', text: 'Мы не видим оснований для такого шага' });
    expect(find(claims, 'Решение будет')).toMatchObject({ kind: 'direct', speaker: 'Ольга Петренко' });
  });

  it('reads dash speech with its attribution', () => {
    expect(find(claims, 'Мы готовы')).toMatchObject({ kind: 'direct', speaker: 'Иван Горохов', text: 'Мы готовы к диалогу, но не на таких условиях' });
    expect(find(claims, 'Ответ последует')).toMatchObject({ kind: 'direct', speaker: 'Иван Горохов' });
  });

  it('gives institutions as speakers', () => {
    expect(find(claims, 'встреча назначена')?.speaker).toBe('Пресс-служба Кремля');
    expect(find(claims, 'Переговоры продолжатся')).toMatchObject({ kind: 'indirect', speaker: 'посольство Литвы', text: 'Переговоры продолжатся в понедельник' });
  });

  it('reads "по словам X" and "как подчеркнул X" with X in the nominative', () => {
    expect(find(claims, 'переговоры зашли')).toMatchObject({ kind: 'indirect', speaker: 'Иван Горохов' });
    expect(find(claims, 'никаких решений')).toMatchObject({ kind: 'indirect', speaker: 'Андрей Семёнов' });
  });

  it('reads "обвинил … в …" and "назвал …", skips a negated cue, resolves "она" by gender', () => {
    expect(find(claims, 'соседей в срыве')).toMatchObject({ speaker: 'Иван Горохов', text: 'соседей в срыве договоренностей' });
    expect(find(claims, 'когда уедут')).toBeUndefined();
    expect(find(claims, 'эти меры недружественными')?.speaker).toBe('Марина Сомова');
    expect(find(claims, 'ответные шаги')?.speaker).toBe('Марина Сомова');
  });

  it('takes a quoted title or a scare-quoted word for no statement', () => {
    expect(find(claims, 'Северный вестник')).toBeUndefined();
    expect(claims.find((c) => c.text === 'уступках')).toBeUndefined();
  });

  it('keeps every claim on its exact text', () => {
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('Ukrainian claims and paragraph languages', () => {
  const text = [
    'Речник МЗС Ігор Литвин повідомив, що ноту вже передано.',
    '«Ми не маємо наміру поступатися», – наголосив Литвин.',
    'За словами Тараса Бойка, переговори зайшли в глухий кут.',
    'The ministry said in a statement in English that the talks with the embassy would go on next week.',
  ].join('\n\n');
  it('reads Ukrainian cues and leaves the English paragraph to the English rules', () => {
    expect(paragraphLanguages(text, paragraphRanges(text), null)).toEqual(['uk', 'uk', 'uk', 'en']);
    const claims = extractClaims(text);
    expect(find(claims, 'ноту вже')).toMatchObject({ speaker: 'Ігор Литвин', speakerRole: 'Речник МЗС' });
    expect(find(claims, 'Ми не маємо')).toMatchObject({ kind: 'direct', speaker: 'Ігор Литвин' });
    expect(find(claims, 'переговори зайшли')?.speaker).toBe('Тарас Бойко');
    expect(find(claims, 'the talks with the embassy')).toMatchObject({ kind: 'indirect' });
  });
});

describe('described speakers ("представитель министерства")', () => {
  it('is the person introduced in a role that fits, else the description as written', () => {
    const ru = [
      'Представитель министерства напомнил журналистам, что консульство обслуживало двадцать тысяч граждан в год.',
      'Пресс-секретарь губернатора Илья Саввин заявил, что мост откроют в мае.',
      'Представитель губернатора также отметил, что ремонт оплатит область.',
    ].join('\n\n');
    const claims = extractClaims(ru);
    // Named after it, in another role: not him.
    expect(find(claims, 'консульство обслуживало')?.speaker).toBe('Представитель министерства');
    // The governor's office both times: the person named in it.
    expect(find(claims, 'ремонт оплатит')?.speaker).toBe('Илья Саввин');
    const uk = [
      'Речник МЗС Ігор Литвин заявив, що ноту вже передано.',
      'Представниця посольства повідомила журналістам, що черги на прийом скасовано.',
      'Спікер МЗС додав, що консул повернеться до кінця тижня.',
    ].join('\n\n');
    const ukClaims = extractClaims(uk);
    expect(find(ukClaims, 'черги на прийом')?.speaker).toBe('Представниця посольства');
    // "МЗС" in both roles: the spokesman named before, whatever the noun.
    expect(find(ukClaims, 'консул повернеться')?.speaker).toBe('Ігор Литвин');
  });
});

describe('speakers at a sentence start, named once', () => {
  it('keeps the first name before a place or channel, and a role apart from another profession', () => {
    expect(extractClaims('Мария Вельская в эфире радио заявила, что Москва ответит на высылку.')[0]?.speaker).toBe('Мария Вельская');
    expect(extractClaims('Дмитро Коваль у Twitter написав, що Україна підтримує союзників.')[0]?.speaker).toBe('Дмитро Коваль');
    const claims = extractClaims('Политолог Игорь Савин заявил, что стороны вряд ли пойдут на компромисс.\n\nПосол заявил агентству, что не получал официального уведомления.');
    expect(find(claims, 'стороны вряд ли')).toMatchObject({ speaker: 'Игорь Савин', speakerRole: 'Политолог' });
    // A political scientist is not the ambassador: the role stays as written.
    expect(find(claims, 'не получал')?.speaker).toBe('Посол');
  });
});

describe('outlets, addressees and institutions in their place', () => {
  it('reads past the outlet told and the reporters addressed, and names a ministry in the nominative', () => {
    const ru = [
      'Посольство сократит штат вдвое, сообщил во вторник журналистам посол Ян Корда.',
      '«Мы вынуждены подчиниться», — сказал он. По словам посла, часть сотрудников переведут в генконсульство.',
      'Как заявил агентству «Вести» источник в МИД, Москва ждет симметричных шагов.',
    ].join('\n\n');
    const claims = extractClaims(ru);
    expect(find(claims, 'сократит штат')).toMatchObject({ speaker: 'Ян Корда', speakerRole: 'посол' });
    expect(find(claims, 'часть сотрудников')?.speaker).toBe('Ян Корда');
    expect(find(claims, 'симметричных шагов')?.speaker).toBe('источник в МИД');
    const uk = extractClaims('Україна відкликає посла для консультацій, повідомили в Міністерстві закордонних справ.');
    expect(uk[0]?.speaker).toBe('Міністерство закордонних справ');
    // A quoted outlet told between the verb and "що"; the agency named after the ministry that spoke.
    const told = extractClaims(
      'Посол Марек Дуда заявив „Вістям“, що нота не надходила.\n\nСекретар РНБО Іван Лис підтримав рішення. Міністерство закордонних справ України закликало переглянути рішення.\n\nУ відомстві додали, що готові до діалогу.',
    );
    expect(find(told, 'нота не надходила')?.speaker).toBe('Марек Дуда');
    expect(find(told, 'готові до діалогу')?.speaker).toBe('Міністерство закордонних справ України');
  });
});

describe('an unattributed quote after another speaker', () => {
  it('goes with the statement right before it, not with the quote before that', () => {
    const claims = extractClaims(
      '«Ответ будет, — пообещала Ирина Павлова. — Но он будет взвешенным».\n\nДепутат Олег Рябов добавил, что вопрос обсудят в комитете. «Мы не допустим эскалации конфликта в регионе».',
    );
    expect(find(claims, 'Но он будет')?.speaker).toBe('Ирина Павлова');
    expect(find(claims, 'не допустим эскалации')?.speaker).toBe('Олег Рябов');
  });
});

describe('quotes over paragraphs and their attributions', () => {
  it('gives a quote left open at a paragraph end the attribution of the paragraph that takes it up', () => {
    const claims = extractClaims(
      'Посольство распространило заявление.\n\n«Мы сожалеем о решении властей. Наши дипломаты всегда действовали в рамках конвенции.\n\n«Мы призываем вернуться к диалогу», — заявил посол Ян Корда.',
    );
    expect(find(claims, 'Мы сожалеем')).toMatchObject({ kind: 'direct', speaker: 'Ян Корда' });
    expect(find(claims, 'Мы призываем')).toMatchObject({ kind: 'direct', speaker: 'Ян Корда' });
  });

  it('never takes a speaker from the quoted words before "», — говорится"', () => {
    const claims = extractClaims('«Мы призываем Москву вернуться к диалогу», — говорится в документе.');
    expect(find(claims, 'Мы призываем')?.speaker).toBeNull();
    // A title in quotes before the verb is no statement: the subject stands before it.
    const titled = extractClaims('Постпред Олег Вязов в эфире программы «Вечер с гостями» заявил, что проект был непроходным.');
    expect(find(titled, 'проект был')?.speaker).toBe('Олег Вязов');
  });
});

describe('a role after "по словам" / "за словами"', () => {
  it('is given in the nominative, and a short Cyrillic text with no telling letters is read as Russian', () => {
    expect(extractClaims('По словам пресс-секретаря губернатора, мост через реку откроют в мае.')[0]?.speaker).toBe('пресс-секретарь губернатора');
    expect(extractClaims('По словам министра, переговоры продолжатся на следующей неделе.')[0]?.speaker).toBe('министр');
    expect(extractClaims('За словами посла Вельдрії, послуги надаватимуться до кінця місяця.')[0]?.speaker).toBe('посол Вельдрії');
    // Introduced with another role, then named by surname alone: still not the ambassador.
    const claims = extractClaims(
      'Речник МЗС Олег Ніколенко заявив, що Київ підтримує рішення.\n\n«Ми стежимо за ситуацією», — сказав Ніколенко.\n\nЗа словами посла, послуги надаватимуться до кінця місяця.',
    );
    expect(find(claims, 'послуги надаватимуться')?.speaker).toBe('посол');
  });
});

describe('institutions and outlets as speakers', () => {
  it('names an institution in the nominative, an outlet with its quoted name, a senator as a role', () => {
    expect(extractClaims('В Кремле назвали высылку недружественным шагом.')[0]?.speaker).toBe('Кремль');
    expect(extractClaims('У Офісі президента заявили, що Україна не залишить висилку без відповіді.')[0]?.speaker).toBe('Офіс президента');
    expect(extractClaims('Как пишет газета «Вестник», список дипломатов согласовали еще в марте.')[0]?.speaker).toBe('газета «Вестник»');
    expect(extractClaims('Сенатор Иван Орлов заявил, что санкции будут расширены.')[0]).toMatchObject({ speaker: 'Иван Орлов', speakerRole: 'Сенатор' });
    const uk = extractClaims('– Це рішення є політичним, – зауважив керівник Офісу Андрій Сорока.\n\nВодночас, за його словами, канали зв’язку залишаються відкритими.');
    expect(find(uk, 'рішення є політичним')).toMatchObject({ kind: 'direct', speaker: 'Андрій Сорока', speakerRole: 'керівник Офісу' });
    // "…, за його словами, …" in the middle: the whole sentence.
    expect(find(uk, 'канали')?.text).toBe('Водночас, за його словами, канали зв’язку залишаються відкритими');
  });
});

describe('mixed quotes in Russian', () => {
  it('are one reported claim holding the quoted words, not a second direct one', () => {
    const text = 'Замглавы МИД Андрей Руднев назвал решение властей «абсолютно безосновательным».';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['indirect', 'решение властей «абсолютно безосновательным»']]);
    expect(claims[0]?.speaker).toBe('Андрей Руднев');
  });
});

describe('one person across scripts', () => {
  it('matches Cyrillic and Latin spellings by the standard schemes', () => {
    expect(nameSimilarity('Ольга Петренко', 'Olga Petrenko')).toBeGreaterThanOrEqual(SAME_NAME);
    expect(nameSimilarity('Тарас Бойко', 'Taras Boyko')).toBeGreaterThanOrEqual(SAME_NAME);
    expect(nameSimilarity('Сергій Литвиненко', 'Sergiy Lytvynenko')).toBeGreaterThanOrEqual(SAME_NAME);
    expect(nameSimilarity('Сергій Литвиненко', 'Serhii Lytvynenko')).toBeGreaterThanOrEqual(SAME_NAME);
    expect(nameSimilarity('Ольга Петренко', 'Olga Petrova')).toBeLessThan(SAME_NAME);
  });

  it('reads Russian entities apart from roles, with the Latin spelling as an alias', () => {
    const text = 'Официальный представитель МИД Карелии Ольга Петренко заявила, что переговоры продолжатся. Петренко добавила, что Литва молчит.';
    const entities = extractEntities(text, 'ru');
    const person = entities.find((e) => e.kind === 'person');
    expect(person?.name).toBe('Ольга Петренко');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Петренко', 'Olga Petrenko']));
    expect(entities.some((e) => e.kind === 'organisation' && e.name === 'МИД Карелии')).toBe(true);
  });
});

describe('search terms', () => {
  it('indexes stems and transliteration keys, and a query meets them', () => {
    const terms = searchTerms('Ольга Петренко прокомментировала высылку дипломатов').split(' ');
    expect(terms).toEqual(expect.arrayContaining(searchAlternatives('высылка').filter((t) => /[а-я]/.test(t))));
    expect(searchAlternatives('Petrenko').some((t) => terms.includes(t))).toBe(true);
    // A Latin query never meets the keys of Latin names (the exact index finds those).
    expect(searchAlternatives('Petrenko').some((t) => searchTerms('Olga Petrenko').split(' ').includes(t))).toBe(false);
  });
});

describe('Russian and Ukrainian dates', () => {
  it('reads when it was said and the dates and numbers a claim states', () => {
    const text = 'В четверг Ольга Петренко заявила, что 12 дипломатов должны уехать до 7 марта.\n\nМинулого місяця Тарас Бойко повідомив, що переговори тривають.';
    const [ru, uk] = extractClaims(text, { published: '2025-03-10' });
    expect(ru?.saidOn).toMatchObject({ date: '2025-03-06', precision: 'day' });
    expect(ru?.facts).toEqual([
      expect.objectContaining({ kind: 'number', value: 12, unit: 'дипломатов' }),
      expect.objectContaining({ kind: 'date', value: '2025-03-07', text: '7 марта' }),
    ]);
    expect(uk?.saidOn).toMatchObject({ date: '2025-02-10', precision: 'month' });
  });
});
