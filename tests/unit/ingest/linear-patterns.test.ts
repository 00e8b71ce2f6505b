// Every pattern that reads imported text runs in time linear in its length: adversarial inputs
// (all-capital text as cables and legal notices write it, long runs of the characters each
// pattern repeats) of 1 MB go through the readers in seconds, where a backtracking pattern would
// take hours. The limits are far above what a linear run needs, so load cannot make them flaky.
import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../../src-main/core/ingest/assemble';
import { isBoilerplateLine } from '../../../src-main/core/ingest/boilerplate';
import { dateLineValue, findFullDate, findMonthDay, readDateLines } from '../../../src-main/core/ingest/dates';
import { cleanAuthor, isPlausibleHeadline, isTicker, readByline, readDateline } from '../../../src-main/core/ingest/metadata';
import { ingestString } from './helpers';

const MB = 1024 * 1024;
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes that make a backtracking pattern try every split of a long run. */
const HOSTILE = ['A', 'AB CD ', 'MOSCOW, ', 'A.', 'A-', '(A ', '/A ', 'By A ', '1/', '1.', '© ', ' - ', '— ', 'Updated: ', 'March 3 ', '29 марта ', 'МОСКВА '];

describe('linear patterns', () => {
  it.each(HOSTILE)('each line reader on 1 MB of %j', (unit) => {
    const s = repeat(unit, MB);
    const started = Date.now();
    for (const read of [readDateline, readByline, dateLineValue, readDateLines, isBoilerplateLine, isTicker, cleanAuthor, isPlausibleHeadline, findFullDate, findMonthDay]) read(s);
    copyrightHolder([s]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a 1 MB all-capital text file imports', async () => {
    const text = `NOTICE TO MARINERS\n\n${repeat('THE HARBOUR MASTER GIVES NOTICE THAT THE CHANNEL IS CLOSED ', MB)}`;
    const started = Date.now();
    const a = await ingestString('notice.txt', text);
    expect(a.text.length).toBeGreaterThan(MB - 100);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
