// Provenance of a statement, read from its attribution context (the sentence with the claim's
// own words masked): the channel it was made through (a tweet, a briefing, a written statement,
// a video, a background call…) and any secondary sourcing ("CNN reports", "according to Zaxid",
// "a tally by The New York Times", "the Wall Street Journal reported") — the outlet relayed it.

export type Channel =
  | 'tweet'
  | 'social media post'
  | 'briefing'
  | 'press conference'
  | 'background call'
  | 'video'
  | 'interview'
  | 'statement'
  | 'press release'
  | 'letter'
  | 'speech'
  | 'hearing'
  | 'email'
  | 'remarks to reporters';

/** Most specific first. */
const CHANNELS: readonly [Channel, RegExp][] = [
  ['background call', /\b(?:background\s+(?:call|briefing)|on\s+(?:the\s+)?condition\s+of\s+anonymity)\b/i],
  ['tweet', /\b(?:tweet(?:s|ed|ing)?|(?:on|to)\s+(?:X|Twitter)\b|(?:post|message)\s+on\s+(?:X|Twitter))\b/],
  ['social media post', /\b(?:(?:on|to)\s+(?:Facebook|Telegram|Instagram|TikTok|Weibo|social\s+media|(?:its|his|her|their)\s+(?:Telegram|Facebook)\s+channel))\b/],
  ['press conference', /\b(?:press|news)\s+conference\b/i],
  ['briefing', /\bbriefing\b/i],
  ['video', /\bvideo\b/i],
  ['interview', /\binterview\b/i],
  ['press release', /\bpress\s+release\b/i],
  ['statement', /\bstatement\b/i],
  ['letter', /\bletter\b/i],
  ['speech', /\b(?:speech|address(?:ed|ing)?\s+(?:the|a)\b)/i],
  ['remarks to reporters', /\b(?:told|telling)\s+(?:a\s+)?reporters?\b/i],
  ['hearing', /\b(?:hearing|testimony|testified)\b/i],
  ['email', /\be-?mail(?:ed)?\b/i],
];

export function channelOf(context: string): Channel | null {
  for (const [channel, re] of CHANNELS) if (re.test(context)) return channel;
  return null;
}

const NAME = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}.'’&-]*)(?:\s+(?:of\s+|de\s+|for\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,5}`;
/** "<Outlet> reported", "<Outlet> reports (that)", "…, <Outlet> wrote". */
const REPORTED_BY = new RegExp(`(${NAME})\\s+(?:reported|reports|wrote|has\\s+reported|was\\s+reporting)\\b`, 'gu');
/** "according to <Outlet>", "citing <Outlet>", "a tally by <Outlet>", "a report in <Outlet>". */
const ACCORDING = new RegExp(`\\b(?:according\\s+to|citing|as\\s+reported\\s+by|reported\\s+by)\\s+(?:(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:tally|count|report|analysis|survey|review|investigation|translation|estimate|poll|study)\\s+(?:by|from|in|of)\\s+)?(${NAME})`, 'gu');
const TALLY = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:tally|count|report|analysis|survey|review|investigation|estimate|poll|study)\\s+(?:by|from|in)\\s+(${NAME})`, 'gu');

const clean = (name: string): string =>
  name.replace(/^[Tt]he\s+/, '').replace(/['’]s$/, '').replace(/(?<!\b\p{L})\.$/u, '').trim();
const sameName = (a: string, b: string | null): boolean => {
  if (!b) return false;
  const x = clean(a).toLowerCase();
  const y = clean(b).toLowerCase();
  return x === y || y.endsWith(` ${x}`) || x.endsWith(` ${y}`);
};

/**
 * The outlet (or document) the statement was relayed through, other than the speaker itself.
 * `context` is the attribution sentence with the claim's own words masked.
 */
const VIA_CUE = /report|wrote|according|citing|tally|count|survey|analysis|investigation|review|estimate|poll|study/i;

export function viaOf(context: string, speaker: string | null): string | null {
  if (!VIA_CUE.test(context)) return null;
  for (const re of [REPORTED_BY, ACCORDING, TALLY]) {
    re.lastIndex = 0;
    for (let m = re.exec(context); m; m = re.exec(context)) {
      const name = clean(m[1]!);
      if (!name || /^(?:It|He|She|They|We|I|This|That|Officials?)$/.test(name) || sameName(name, speaker)) continue;
      return name;
    }
  }
  return null;
}
