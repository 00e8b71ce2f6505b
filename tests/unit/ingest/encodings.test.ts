// Encodings are detected, never assumed: UTF-8 ±BOM, UTF-16 LE/BE with and without BOM,
// Windows-1251, KOI8-R, Windows-1252; undecodable bytes are refused.
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodingPlausibility } from '../../../src-main/core/ingest/decode';
import { IngestError } from '../../../src-main/core/ingest/types';
import { encodeKoi8r, encodeUtf16, encodeWindows1251, encodeWindows1252, FRENCH_1252_ARTICLE, RUSSIAN_ARTICLE, RUSSIAN_KOI8_ARTICLE } from '../../fixtures/ingest/make-fixtures';
import { expectWellFormed, ingestBytes, rejection, textFixtureBytes } from './helpers';

const RUSSIAN = {
  title: 'Мэрия Твери перенесла ремонт моста на осень',
  outlet: 'Волжские вести',
  published: '2024-03-12',
  author: null,
  language: 'ru',
};
const FRENCH = { title: 'Le café du port rouvre après trois ans', author: 'Élodie Marchand', outlet: null, published: null, language: 'fr' };

describe('legacy single-byte code pages', () => {
  it('Windows-1251 Russian', async () => {
    const bytes = encodeWindows1251(RUSSIAN_ARTICLE);
    expect(decodeBytes(bytes, 'x').encoding).toBe('windows-1251');
    const a = await ingestBytes('tver-1251.txt', bytes);
    expect(a).toMatchObject(RUSSIAN);
    expect(a.text).toContain('«Мы не хотим закрывать мост в разгар сезона», — сказал заместитель мэра Олег Рябов.');
    expectWellFormed(a);
  });

  it('KOI8-R Russian', async () => {
    const bytes = encodeKoi8r(RUSSIAN_KOI8_ARTICLE);
    expect(decodeBytes(bytes, 'x').encoding).toBe('koi8-r');
    const a = await ingestBytes('tver-koi8.txt', bytes);
    expect(a).toMatchObject(RUSSIAN);
    expect(a.text).toContain('"Мы не хотим закрывать мост в разгар сезона", - сказал заместитель мэра Олег Рябов.');
  });

  it('Windows-1252 French with curly quotes and é', async () => {
    const bytes = encodeWindows1252(FRENCH_1252_ARTICLE);
    expect(decodeBytes(bytes, 'x').encoding).toBe('windows-1252');
    const a = await ingestBytes('cafe.txt', bytes);
    expect(a).toMatchObject(FRENCH);
    expect(a.text).toBe(
      'Le célèbre café du port de Sète a rouvert ses portes samedi, a annoncé la mairie. « C’est une fête pour le quartier », a déclaré la gérante, qui a promis des prix “raisonnables”.\n\nLes travaux ont coûté près de 400 000 euros, selon la ville.',
    );
  });

  it('short English text with one curly quote in Windows-1252', async () => {
    const a = await ingestBytes('q.txt', encodeWindows1252('Ferry vote delayed\n\nThe council’s vote was postponed on Tuesday, officials said.'));
    expect(a.text).toBe('The council’s vote was postponed on Tuesday, officials said.');
  });
});

describe('UTF-16 and UTF-8', () => {
  it.each([
    ['LE with BOM', false, true],
    ['BE with BOM', true, true],
    ['LE without BOM', false, false],
    ['BE without BOM', true, false],
  ] as const)('UTF-16 %s (Russian and French)', async (_label, be, bom) => {
    expect(await ingestBytes('ru.txt', encodeUtf16(RUSSIAN_ARTICLE, be, bom))).toMatchObject(RUSSIAN);
    const fr = await ingestBytes('fr.txt', encodeUtf16(FRENCH_1252_ARTICLE, be, bom));
    expect(fr).toMatchObject(FRENCH);
    expect(fr.rawText).not.toContain('\uFEFF');
    expect(decodeBytes(encodeUtf16(FRENCH_1252_ARTICLE, be, bom), 'x').encoding).toBe(be ? 'utf-16be' : 'utf-16le');
  });

  it('the colleague’s UTF-8/16 BOM fixtures give one article', async () => {
    for (const name of ['utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt']) {
      const a = await ingestBytes(name, textFixtureBytes(name));
      expect(a).toMatchObject({ title: 'Harbor council delays vote on ferry fares', author: 'Mira Castell', outlet: 'Coastline Wire', published: '2025-03-04', language: 'en' });
      expect(a.rawText).not.toContain('\uFEFF');
    }
  });

  it('UTF-8 Cyrillic without BOM stays UTF-8 (no legacy guess)', async () => {
    const bytes = new TextEncoder().encode(RUSSIAN_ARTICLE);
    expect(decodeBytes(bytes, 'x').encoding).toBe('utf-8');
    expect(await ingestBytes('ru.txt', bytes)).toMatchObject(RUSSIAN);
  });

  it('invalid UTF-8 is refused, not decoded into garbage', async () => {
    const e = await rejection(ingestBytes('invalid-utf8.txt', textFixtureBytes('invalid-utf8.txt')));
    expect(e).toBeInstanceOf(IngestError);
    expect(e.message).toBe('invalid-utf8.txt is not valid UTF-8 text and no other encoding fits it; save it as UTF-8 and import it again.');
    // Mostly valid UTF-8 with one broken sequence is broken UTF-8, not Windows-1251.
    const mixed = new Uint8Array([...new TextEncoder().encode('Привет, мир. Это текст '), 0xd0, 0x20, ...new TextEncoder().encode(' и ещё немного.')]);
    expect((await rejection(ingestBytes('mixed.txt', mixed))).message).toMatch(/is not valid UTF-8 text/);
  });

  it('plausibility: a right decoding scores 1, a wrong code page low', () => {
    const bytes = encodeWindows1251(RUSSIAN_ARTICLE);
    expect(decodingPlausibility(new TextDecoder('windows-1251').decode(bytes))).toBe(1);
    expect(decodingPlausibility(new TextDecoder('koi8-r').decode(bytes))).toBeLessThan(0.5);
    expect(decodingPlausibility(new TextDecoder('windows-1251').decode(encodeKoi8r(RUSSIAN_KOI8_ARTICLE)))).toBeLessThan(0.5);
    expect(decodingPlausibility(new TextDecoder('windows-1251').decode(encodeWindows1252(FRENCH_1252_ARTICLE)))).toBeLessThan(0.5);
  });
});
