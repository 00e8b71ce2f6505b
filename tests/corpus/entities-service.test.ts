// Entities through dispatch on a real SQLite file: stored at import with exact offsets, merged
// across outlets, the analyst's merges and splits kept by re-extraction and new imports, the
// entity page, note backlinks and refusals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityPage, EntitySummary } from '../../src-main/api/contract/methods';
import { sameName } from '../../src-main/core/claims/entities';
import { CORPUS_FILES, corpusBase64, lexical, openHarness, paragraph, text, type Harness } from './shared';

let h: Harness;

beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.dispose());

const importFile = async (name: string): Promise<number> =>
  (await h.call('articles.import', { fileName: name, data: corpusBase64(name) })).article.id;

const importAll = async (): Promise<number[]> => {
  const ids: number[] = [];
  for (const f of CORPUS_FILES) ids.push(await importFile(f));
  return ids;
};

/** The one entity having this form (name or alias), failing when none or several. */
async function entityWithForm(form: string): Promise<EntityPage> {
  const hits = await h.call('entities.list', { q: form });
  const pages = await Promise.all(hits.map((e) => h.call('entities.get', { id: e.id })));
  const found = pages.filter((p) => p.name === form || p.aliases.some((a) => a.alias === form));
  expect(found.map((p) => p.name), `entities with the form ${form}`).toHaveLength(1);
  return found[0]!;
}

const entityLink = (entityId: number, name: string): Record<string, unknown> => ({ type: 'quire-entity-link', version: 1, entityId, name });

describe('entities stored at import', { timeout: 60_000 }, () => {
  it('stores every mention with offsets that slice the article text exactly', async () => {
    const ids = await importAll();
    const list = await h.call('entities.list', {});
    expect(list.length).toBeGreaterThan(20);
    const texts = new Map<number, string>();
    for (const id of ids) texts.set(id, (await h.call('articles.get', { id })).text);
    let mentions = 0;
    for (const e of list) {
      const page = await h.call('entities.get', { id: e.id });
      expect(page.mentions).toBe(page.mentionsByArticle.reduce((n, a) => n + a.mentions.length, 0));
      for (const a of page.mentionsByArticle) {
        for (const m of a.mentions) {
          expect(texts.get(a.articleId)!.slice(m.start, m.end)).toBe(m.text);
          mentions++;
        }
      }
    }
    expect(mentions).toBeGreaterThan(100);
    // Every kind is one of the four, and people, organisations and places are all found.
    expect(new Set(list.map((e) => e.kind))).toEqual(new Set(['person', 'organization', 'place']));
  });

  it('merges transliteration variants and surnames across outlets, and keeps unrelated people apart', async () => {
    await importAll();
    // The two outlets spell the ambassador's given name differently; the third writes the surname alone.
    const antonov = await entityWithForm('Antonov');
    const forms = [antonov.name, ...antonov.aliases.map((a) => a.alias)];
    expect(forms).toEqual(expect.arrayContaining(['Anatoly Antonov', 'Antoly Antonov', 'Antonov']));
    expect(antonov.articles).toBe(2);
    expect(antonov.kind).toBe('person');
    // Typed in yet another transliteration, the name still finds the entity.
    expect((await h.call('entities.list', { q: 'Antonow', kind: 'person' })).map((e) => e.id)).toEqual([antonov.id]);
    expect(await h.call('entities.list', { q: 'Antonovich-Zzz' })).toEqual([]);
    // No person entity holds two names that are not the same name.
    const people = (await h.call('entities.list', { kind: 'person' })) as EntitySummary[];
    expect(people.length).toBeGreaterThan(8);
    for (const p of people) {
      const page = await h.call('entities.get', { id: p.id });
      for (const a of page.aliases) expect(sameName(page.name, a.alias), `${page.name} / ${a.alias}`).toBe(true);
    }
    // Different people stay different entities, even the ones quoted in the same articles.
    const names = people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the same entities whatever the import order', async () => {
    const grouping = async (): Promise<string[]> => {
      const out: string[] = [];
      for (const e of await h.call('entities.list', {})) {
        const page = await h.call('entities.get', { id: e.id });
        out.push(`${page.kind}:${[page.name, ...page.aliases.map((a) => a.alias)].sort().join('|')}:${page.mentions}`);
      }
      return out.sort();
    };
    for (const f of [CORPUS_FILES[1], CORPUS_FILES[2], CORPUS_FILES[0]]) await importFile(f);
    const forward = await grouping();
    h.dispose();
    h = openHarness();
    for (const f of [CORPUS_FILES[0], CORPUS_FILES[2], CORPUS_FILES[1]]) await importFile(f);
    expect(await grouping()).toEqual(forward);
  });

  it('links claims to their speaker entity, and the entity page lists everything it said', async () => {
    await importAll();
    const claims = await h.call('claims.list', {});
    const linked = claims.filter((c) => c.speakerEntity);
    const withSpeaker = claims.filter((c) => c.speaker);
    expect(linked.length / withSpeaker.length).toBeGreaterThan(0.8);
    const antonov = await entityWithForm('Antonov');
    const said = claims.filter((c) => c.speakerEntity?.id === antonov.id);
    expect(said.length).toBeGreaterThan(3);
    expect(antonov.said.map((c) => c.id).sort((a, b) => a - b)).toEqual(said.map((c) => c.id).sort((a, b) => a - b));
    expect(antonov.claims).toBe(said.length);
    for (const c of antonov.said) {
      expect(c.articleTitle.length).toBeGreaterThan(0);
      expect(typeof c.context.before).toBe('string');
    }
    // Both spellings' claims are there: the entity speaks in both outlets.
    expect(new Set(antonov.said.map((c) => c.articleId)).size).toBe(2);
  });

  it('drops what only a deleted article named, and keeps the rest', async () => {
    const [a000, a002] = [await importFile(CORPUS_FILES[0]), await importFile(CORPUS_FILES[1])];
    const blinken = await entityWithForm('Antony Blinken');
    expect(blinken.articles).toBe(2);
    const only002 = await entityWithForm('Jalina Porter');
    await h.call('articles.delete', { id: a002! });
    expect(await h.fail('entities.get', { id: only002.id })).toMatchObject({ code: 'not_found' });
    const after = await h.call('entities.get', { id: blinken.id });
    expect(after.mentionsByArticle.map((a) => a.articleId)).toEqual([a000]);
    expect(after.said.every((c) => c.articleId === a000)).toBe(true);
  });

  it('re-links a claim when the analyst changes its speaker', async () => {
    await importAll();
    const claim = (await h.call('claims.list', {})).find((c) => c.speakerEntity)!;
    const blinken = await entityWithForm('Blinken');
    expect(claim.speakerEntity!.id).not.toBe(blinken.id);
    await h.call('claims.update', { id: claim.id, speaker: 'Antony Blinken' });
    const after = (await h.call('claims.list', { articleId: claim.articleId })).find((c) => c.id === claim.id)!;
    expect(after.speakerEntity).toEqual({ id: blinken.id, name: blinken.name });
    expect((await h.call('entities.get', { id: blinken.id })).said.map((c) => c.id)).toContain(claim.id);
  });
});

describe('the analyst merges and splits', { timeout: 60_000 }, () => {
  it('a merge survives re-extraction and a new import', async () => {
    const [a000, a002] = [await importFile(CORPUS_FILES[0]), await importFile(CORPUS_FILES[1])];
    const moscow = await entityWithForm('Moscow');
    const russia = await entityWithForm('Russia');
    const merged = await h.call('entities.merge', { ids: [moscow.id], into: russia.id });
    expect(merged.id).toBe(russia.id);
    expect(merged.mentions).toBe(moscow.mentions + russia.mentions);
    expect(merged.aliases).toContainEqual({ alias: 'Moscow', analyst: true });
    // The merged-away id now opens the entity it went into.
    expect((await h.call('entities.get', { id: moscow.id })).id).toBe(russia.id);

    for (const id of [a000!, a002!]) await h.call('articles.reextract', { id });
    const a003 = await importFile(CORPUS_FILES[2]);
    const after = await entityWithForm('Moscow');
    expect(after.id).toBe(russia.id);
    const in003 = after.mentionsByArticle.find((a) => a.articleId === a003);
    expect(in003?.mentions.some((m) => m.text === 'Moscow')).toBe(true);
    expect(after.mentions).toBe(merged.mentions + after.mentionsByArticle.find((a) => a.articleId === a003)!.mentions.length);
  });

  it('a split of an alias survives re-extraction and a new import', async () => {
    const a002 = await importFile(CORPUS_FILES[1]);
    const antonov = await entityWithForm('Anatoly Antonov');
    const split = await h.call('entities.split', { id: antonov.id, aliases: ['Antonov'] });
    expect(split.name).toBe('Antonov');
    expect(split.id).not.toBe(antonov.id);
    expect(split.mentionsByArticle.flatMap((a) => a.mentions.map((m) => m.text))).toEqual(['Antonov']);
    const left = await h.call('entities.get', { id: antonov.id });
    expect(left.aliases.map((a) => a.alias)).not.toContain('Antonov');

    await h.call('articles.reextract', { id: a002 });
    await importFile(CORPUS_FILES[2]);
    const surname = await entityWithForm('Antonov');
    expect(surname.id).toBe(split.id);
    // The surname mentions of both articles went to the split-off entity, the full names stayed.
    expect(surname.mentionsByArticle).toHaveLength(2);
    expect(surname.mentionsByArticle.flatMap((a) => a.mentions.map((m) => m.text))).toEqual(['Antonov', 'Antonov']);
    const full = await h.call('entities.get', { id: antonov.id });
    expect(full.mentionsByArticle.flatMap((a) => a.mentions.map((m) => m.text)).sort()).toEqual(['Anatoly Antonov', 'Antoly Antonov']);
  });

  it('a split of single mentions keeps them where the analyst put them on re-extraction', async () => {
    const id = await importFile(CORPUS_FILES[1]);
    const russia = await entityWithForm('Russia');
    const mentions = russia.mentionsByArticle[0]!.mentions;
    const picked = [mentions[0]!.id, mentions[1]!.id];
    const split = await h.call('entities.split', { id: russia.id, mentionIds: picked, name: 'Russian government', kind: 'organization' });
    expect(split).toMatchObject({ name: 'Russian government', kind: 'organization', mentions: 2 });
    const offsets = split.mentionsByArticle[0]!.mentions.map((m) => `${m.start}-${m.end}`);
    await h.call('articles.reextract', { id });
    const again = await h.call('entities.get', { id: split.id });
    expect(again.mentionsByArticle[0]!.mentions.map((m) => `${m.start}-${m.end}`)).toEqual(offsets);
    const rest = await h.call('entities.get', { id: russia.id });
    expect(rest.mentions).toBe(russia.mentions - 2);
    for (const m of rest.mentionsByArticle[0]!.mentions) expect(offsets).not.toContain(`${m.start}-${m.end}`);
  });

  it('a renamed entity keeps its name and kind through re-extraction', async () => {
    const id = await importFile(CORPUS_FILES[1]);
    const porter = await entityWithForm('Porter');
    await h.call('entities.update', { id: porter.id, name: 'State Department spokesperson Jalina Porter' });
    await h.call('articles.reextract', { id });
    const after = await h.call('entities.get', { id: porter.id });
    expect(after.name).toBe('State Department spokesperson Jalina Porter');
    expect(after.analyst).toBe(true);
    expect(after.mentions).toBe(porter.mentions);
  });
});

describe('note links to entities', { timeout: 60_000 }, () => {
  it('shows each linking note with its sentence on the entity page, and follows a merge', async () => {
    await importFile(CORPUS_FILES[1]);
    const zakharova = await entityWithForm('Maria Zakharova');
    const ryabkov = await entityWithForm('Sergei Ryabkov');
    const note = await h.call('notes.create', { title: 'Moscow voices' });
    const content = lexical(
      paragraph(text('Opening line without links.')),
      paragraph(text('The ministry line came from '), entityLink(zakharova.id, 'Maria Zakharova'), text(' on the same day. Nothing else here.')),
    );
    await h.call('notes.save', { id: note.id, title: note.title, content });
    const page = await h.call('entities.get', { id: zakharova.id });
    expect(page.backlinks).toEqual([{ id: note.id, title: 'Moscow voices', context: 'The ministry line came from Maria Zakharova on the same day.' }]);
    expect((await h.call('notes.get', { id: note.id })).text).toContain('came from Maria Zakharova on the same day');
    // An exported brief keeps the name in its sentence.
    const md = await h.call('export.note', { id: note.id, format: 'md' });
    expect(md.content).toContain('The ministry line came from Maria Zakharova on the same day.');

    // After a merge the link (still holding the old id in the note) shows on the surviving entity.
    await h.call('entities.merge', { ids: [zakharova.id], into: ryabkov.id });
    const merged = await h.call('entities.get', { id: ryabkov.id });
    expect(merged.backlinks.map((b) => b.id)).toEqual([note.id]);
    expect(merged.backlinks[0]!.context).toContain(`came from ${merged.name} on the same day`);
    // Saving the note again keeps the link.
    await h.call('notes.save', { id: note.id, title: note.title, content });
    expect((await h.call('entities.get', { id: ryabkov.id })).backlinks.map((b) => b.id)).toEqual([note.id]);
    // Removing the link removes the backlink.
    await h.call('notes.save', { id: note.id, title: note.title, content: lexical(paragraph(text('No links now.'))) });
    expect((await h.call('entities.get', { id: ryabkov.id })).backlinks).toEqual([]);
  });
});

describe('bad input', { timeout: 60_000 }, () => {
  it('is refused with a clear error and changes nothing', async () => {
    await importFile(CORPUS_FILES[1]);
    const russia = await entityWithForm('Russia');
    const antonov = await entityWithForm('Anatoly Antonov');
    const before = h.dump();
    const cases: [string, unknown, string, RegExp][] = [
      ['entities.get', { id: 999999 }, 'not_found', /entity 999999 does not exist/],
      ['entities.get', { id: 'x' }, 'bad_request', /id/],
      ['entities.merge', { ids: [russia.id], into: 999999 }, 'not_found', /entity 999999/],
      ['entities.merge', { ids: [999998], into: russia.id }, 'not_found', /entity 999998/],
      ['entities.merge', { ids: [russia.id], into: russia.id }, 'bad_request', /other than/],
      ['entities.merge', { ids: [], into: russia.id }, 'bad_request', /ids/],
      ['entities.split', { id: antonov.id }, 'bad_request', /aliases or mention ids/],
      ['entities.split', { id: antonov.id, aliases: ['Nobody Atall'] }, 'bad_request', /not an alias/],
      ['entities.split', { id: antonov.id, mentionIds: [russia.mentionsByArticle[0]!.mentions[0]!.id] }, 'bad_request', /not a mention/],
      ['entities.split', { id: antonov.id, aliases: ['Anatoly Antonov', 'Antonov'] }, 'bad_request', /must leave/],
      ['entities.update', { id: russia.id }, 'bad_request', /name or a kind/],
      ['entities.update', { id: russia.id, kind: 'planet' }, 'bad_request', /kind must be/],
      ['entities.update', { id: russia.id, name: '   ' }, 'bad_request', /name/],
      ['entities.list', { kind: 'person', extra: 1 }, 'bad_request', /extra|unrecognized/i],
    ];
    for (const [method, args, code, message] of cases) {
      const err = await h.fail(method, args);
      expect(err.code, `${method} ${JSON.stringify(args)}`).toBe(code);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain('\n');
    }
    expect(h.dump()).toEqual(before);
  });
});
