// A generated news corpus for the bench: wire-style articles with quotes, reported speech and
// boilerplate, varied enough that every article is distinct and search has something to rank.

/** Small, fast, seeded PRNG (mulberry32) so every bench run sees the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Elena', 'Jonas', 'Marta', 'Pavel', 'Ines', 'Tomas', 'Leila', 'Viktor', 'Anika', 'Rafael', 'Sonja', 'Dmitri', 'Clara', 'Yusuf', 'Noor', 'Henrik'];
const LAST = ['Varga', 'Keller', 'Novak', 'Lindqvist', 'Moreau', 'Petrov', 'Haddad', 'Okafor', 'Brandt', 'Sato', 'Castillo', 'Ivanova', 'Reiner', 'Duarte', 'Kowal', 'Amari'];
const ROLES = ['Foreign Ministry spokesperson', 'Deputy Foreign Minister', 'ambassador', 'Defence Minister', 'government spokesperson', 'Interior Minister', 'trade envoy'];
const PLACES = ['Veldria', 'Ostmark', 'Carvonia', 'Lusmere', 'Brenholt', 'Sarkand', 'Tavira', 'Quellen', 'Morvath', 'Estrel'];
const OUTLETS = ['Harbor Wire', 'Morning Ledger', 'Capital Courier', 'Northern Dispatch', 'Daily Meridian'];
const TOPICS = [
  ['consulate', 'closure', 'diplomats', 'visas'],
  ['fishing', 'quota', 'vessels', 'coastguard'],
  ['pipeline', 'gas', 'transit', 'tariff'],
  ['border', 'crossing', 'troops', 'exercise'],
  ['election', 'observers', 'ballots', 'count'],
  ['sanctions', 'banks', 'exports', 'licences'],
  ['grain', 'corridor', 'ships', 'inspections'],
  ['treaty', 'talks', 'delegation', 'summit'],
];
const VERBS = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'said at a briefing'];
const REPORTED = ['said', 'warned', 'announced', 'insisted', 'denied'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface GeneratedArticle {
  fileName: string;
  text: string;
}

export function generateArticle(i: number, seed = 1): GeneratedArticle {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const topic = pick(TOPICS);
  const [a, b] = [pick(PLACES), pick(PLACES)];
  const speakers = Array.from({ length: 3 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const n = 2 + Math.floor(r() * 60);
  const day = 1 + Math.floor(r() * 28);
  const month = pick(MONTHS);
  const year = 2019 + Math.floor(r() * 7);
  const outlet = pick(OUTLETS);
  const [t0, t1, t2, t3] = topic as [string, string, string, string];
  const paragraphs = [
    `${a} and ${b} clash over ${t0} ${t1} (${i})`,
    `${month} ${day}, ${year} (${outlet}) -- ${a} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} ordered ${n} ${t2} linked to ${b} to stop work, a move officials in ${b} described as retaliation over the ${t0} dispute number ${i}.`,
    `“We have acted within our rights and the ${t3} will continue as agreed,” ${pick(ROLES)} ${speakers[0]} ${pick(VERBS)}.`,
    `${speakers[1]}, ${pick(ROLES)} of ${b}, ${pick(REPORTED)} that the decision amounts to a breach of the ${t0} agreement and that ${b} would respond.`,
    `“This is not a routine step. More than ${n + 7} people are affected by the ${t1},” ${speakers[1]?.split(' ')[1]} said.`,
    `The ${t0} talks between the two governments stalled in ${pick(MONTHS)} after ${Math.floor(r() * 9) + 2} rounds, according to ${outlet}.`,
    `“Nobody has explained what our ${t2} did wrong,” ${speakers[2]} told reporters, adding that the deadline of ${pick(MONTHS)} ${1 + Math.floor(r() * 28)} was “impossible to meet.”`,
    `Analysts said the dispute over ${t3} and ${t1} could widen if neither side steps back before the next ${pick(['summit', 'round of talks', 'vote', 'review'])}.`,
    'Share this article',
  ];
  const text = paragraphs.join('\n\n');
  return { fileName: `generated-${String(i).padStart(6, '0')}.txt`, text };
}

/** Search terms that occur across the corpus, mixed with names and rarer words. */
export function benchQueries(count: number, seed = 7): string[] {
  const r = rng(seed);
  const words = [...TOPICS.flat(), ...LAST, ...PLACES, 'expulsion', 'routine step', 'breach agreement', 'deadline impossible'];
  return Array.from({ length: count }, () => words[Math.floor(r() * words.length)] as string);
}
