// extractClaims on the three real articles of the staffing dispute (../shared/corpus).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src-main/core/claims/index';
import type { ClaimDraft } from '../../src-main/core/claims/types';
import { CORPUS, ingestCorpus } from './core-helpers';
import { direct, directStarting, expectWellFormed } from '../unit/core/claims-contract';


describe('extractClaims on the real corpus', () => {
  it.each(CORPUS)('%s: every claim is exactly its slice of the text; sorted; same kinds never overlap', (name) => {
    const { text } = ingestCorpus(name);
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(5);
    expectWellFormed(text, claims);
  });

  it('002: speakers of the direct quotes', () => {
    const claims = extractClaims(ingestCorpus('002_72e9264fc770830b.txt').text);
    expect(direct(claims, 'What’s happening is not an expulsion')?.speaker).toBe('Jalina Porter');
    expect(directStarting(claims, 'A large group of my comrades')?.speaker).toBe('Anatoly Antonov');
    expect(directStarting(claims, 'A large group of my comrades')?.text).toMatch(/January 30$/);
    expect(direct(claims, 'We are facing a serious staff shortage')?.speaker).toBe('Anatoly Antonov');
    expect(directStarting(claims, 'U.S. embassy employees who have been in Moscow')?.speaker).toBe('Maria Zakharova');
    expect(directStarting(claims, 'The Russian Federation grants our diplomats')?.speaker).toBe('Jalina Porter');
    expect(directStarting(claims, 'Should Russia follow the path of confrontation')?.speaker).toBe('Antony Blinken');
    // Partial quotes inside reported sentences belong to the reporting subject.
    expect(direct(claims, 'expelled')?.speaker).toBe('Anatoly Antonov');
    expect(direct(claims, 'expulsion')?.speaker).toBe('State Department');
    expect(direct(claims, 'red lines')?.speaker).toBe('Vladimir Putin');
    expect(direct(claims, 'bad joke')?.speaker).toBe('Antony Blinken');
  });

  it('002: reported speech, pronouns resolved to the last named speaker', () => {
    const claims = extractClaims(ingestCorpus('002_72e9264fc770830b.txt').text);
    const indirect = claims.filter((c) => c.kind === 'indirect');
    const by = (prefix: string): ClaimDraft | undefined => indirect.find((c) => c.text.startsWith(prefix));
    expect(by('more U.S. diplomatic workers in Russia would leave')).toMatchObject({ speaker: 'Maria Zakharova' });
    expect(by('more U.S. diplomatic workers')?.text.endsWith('continues its policy')).toBe(true);
    expect(by('it was not an “expulsion')?.speaker).toBe('State Department');
    // "Russia claimed Ukraine had deployed …": kept since the filter decides weak proposals too.
    expect(by('Ukraine had deployed half of its armed forces there')).toMatchObject({ speaker: 'Russia' });
    expect(by('he wanted to hold talks')?.speaker).toBe('Vladimir Putin');
    expect(by('Russia would reverse its course')?.speaker).toBe('Sergei Ryabkov');
    // Attribution-only sentences report nothing beyond their quote.
    expect(indirect.some((c) => /reporters|briefing|video interview/.test(c.text))).toBe(false);
  });

  it('000: tweet, pronoun and institution speakers', () => {
    const claims = extractClaims(ingestCorpus('000_543b9cac1bd99c26.txt').text);
    expect(directStarting(claims, 'The U.S. has informed the Russian Mission')?.speaker).toBe('Olivia Dalton');
    expect(direct(claims, "It's not our choice, we didn't initiate it")?.speaker).toBe('Vassily Nebenzia');
    expect(direct(claims, 'tit-for-tat')?.speaker).toBe('Vassily Nebenzia');
    expect(direct(claims, 'in the works for several months')?.speaker).toBe('Olivia Dalton');
    expect(directStarting(claims, 'We took these steps')?.speaker).toBe('Antony Blinken');
    // An unattributed quote paragraph right after Blinken's quote continues it.
    expect(directStarting(claims, 'We ultimately have no higher priority')?.speaker).toBe('Antony Blinken');
    expect(directStarting(claims, 'U.S. citizens should consider departing Russia')?.speaker).toBe('U.S. Embassy in Russia');
    expect(directStarting(claims, 'U.S. citizens in Belarus who require')?.speaker).toBe('U.S. Embassy in Belarus');
    // Nobody says these: no speaker is guessed.
    expect(direct(claims, 'espionage activities')?.speaker).toBeNull();
    // The stray mark after "invasion of the country" swallows nothing.
    expect(direct(claims, 'highly volatile')).toBeDefined();
    expect(claims.every((c) => c.text.length < 400)).toBe(true);
  });

  it('000: reported speech split at ", while" and credits like ", Politico reported" cut off', () => {
    const claims = extractClaims(ingestCorpus('000_543b9cac1bd99c26.txt').text).filter((c) => c.kind === 'indirect');
    expect(claims.find((c) => c.speaker === 'Canada')?.text).toBe('it would temporarily move its embassy to Lviv');
    expect(claims.find((c) => c.speaker === 'Germany')?.text).toBe('it would keep the embassy open in Kyiv and move its consulate desk to Lviv');
    expect(claims.find((c) => c.speaker === 'Netherlands')?.text).toBe('most of its personnel would leave the country');
    expect(claims.find((c) => c.speaker === 'Olivia Dalton')?.text).toMatch(/^the move was taken in accordance/);
  });

  it('003: Antonov and the continuation paragraphs', () => {
    const claims = extractClaims(ingestCorpus('003_79306dbecdb1af6b.txt').text);
    expect(direct(claims, 'Today is a very bitter event at our embassy')?.speaker).toContain('Antonov');
    expect(directStarting(claims, 'Our comrades were forced')?.speaker).toContain('Antonov');
    expect(directStarting(claims, 'Back in September')?.speaker).toContain('Antonov');
    expect(directStarting(claims, 'Some of them')?.speaker).toContain('Antonov');
    expect(direct(claims, 'heightened alert')?.speaker).toBeNull();
    const expulsion = claims.find((c) => c.kind === 'indirect' && c.text === 'the move amounts to expulsion');
    expect(expulsion?.speaker).toBe('Russia');
    expect(claims.find((c) => c.kind === 'indirect' && c.text.startsWith('more than 50 diplomats'))).toMatchObject({
      speaker: 'State Department',
      text: 'more than 50 diplomats and their families had to leave the US due to expiring visas',
    });
    // "the State Department told them to leave …": a speech act of its own.
    expect(claims.find((c) => c.kind === 'indirect' && c.text.startsWith('to leave as tensions soar'))?.speaker).toBe('State Department');
  });
});
