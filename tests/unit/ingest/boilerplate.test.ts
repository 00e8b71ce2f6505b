// Page leftovers removed as whole paragraphs (exact ranges), article sentences never touched.
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../src-main/core/ingest/boilerplate';
import { expectWellFormed, ingestString, removedTexts } from './helpers';

describe('boilerplate', () => {
  it.each([
    'This article is licensed under a Creative Commons Attribution 4.0 licence.',
    'Licensed under CC BY-SA 4.0',
    'Republish this article',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Facebook Twitter LinkedIn Email',
    'Share on WhatsApp',
    'View 12 comments',
    'Comments (3)',
    'Sign in to comment',
    'Get our free daily newsletter in your inbox',
    'Enter your email address',
    'Already a subscriber? Log in',
    'Thank you for signing up to our newsletter!',
    'Story continues below advertisement',
    'You may also like',
    'Most read',
    '(Photo: Jane Roe/AP)',
    'Image copyright Getty Images',
    'Protesters gather outside the ministry on Monday. (Jane Roe/AFP via Getty Images)',
    'Recommended Video',
  ])('furniture: %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    'The photo, licensed under an open licence, was shared by thousands of people on Monday.',
    'Comments by the minister on Monday angered farmers, who said the newsletter had misled them.',
    'Reuters reported that the ministry would respond on Monday.',
    'Most read the report as a rebuke to the government, analysts said.',
    'The agency said (citing AP reporting) that the talks had stalled.',
  ])('article text: %s', (line) => expect(isBoilerplateLine(line)).toBe(false));

  it('a text with widgets, repeated captions and repeated paragraphs: removed exactly', async () => {
    const a = await ingestString(
      'w.txt',
      [
        'Dam repairs start in the valley',
        'Workers began repairs on the Eder dam on Monday. (Jane Roe/AFP via Getty Images)',
        'Workers began repairs on the Eder dam on Monday, officials said.',
        'The work will take two years and cost 40 million euros.',
        'Facebook Twitter Email',
        'Workers began repairs on the Eder dam on Monday. (Jane Roe/AFP via Getty Images)',
        'The work will take two years and cost 40 million euros.',
        'Related Topics',
        'Dams',
        'Valley',
        'Sign up for our newsletter today',
      ].join('\n'),
    );
    expect(a.text).toBe('Workers began repairs on the Eder dam on Monday, officials said.\n\nThe work will take two years and cost 40 million euros.');
    expect(removedTexts(a)).toEqual([
      'Dam repairs start in the valley\nWorkers began repairs on the Eder dam on Monday. (Jane Roe/AFP via Getty Images)',
      'Facebook Twitter Email\nWorkers began repairs on the Eder dam on Monday. (Jane Roe/AFP via Getty Images)\nThe work will take two years and cost 40 million euros.\nRelated Topics\nDams\nValley\nSign up for our newsletter today',
    ]);
    expectWellFormed(a);
  });
});
