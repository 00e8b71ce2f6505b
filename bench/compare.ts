// Compare bench: 10,000 generated claims (varied speakers, topics, numbers, deadlines, denials
// and assertions, in the style of bench/corpus.ts) written into a fresh store, then the time
// conflicts.suggest takes over all of them through the dispatcher. bench/run.ts calls
// benchCompare(); `npm run bench -- --only compare` runs it alone. Prints, never asserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src-main/api/service/dispatch';
import { openService } from '../src-main/api/service/index';
import { repoResourcesDir } from '../src-main/hosts/paths';
import { Store, type ClaimFact, type NewClaim } from '../src-main/store/index';
import { rng } from './corpus';

const CLAIMS = 10_000;
const CLAIMS_PER_ARTICLE = 10;

const FIRST = ['Elena', 'Jonas', 'Marta', 'Pavel', 'Ines', 'Tomas', 'Leila', 'Viktor', 'Anika', 'Rafael', 'Sonja', 'Dmitri', 'Clara', 'Yusuf', 'Noor', 'Henrik', 'Mirela', 'Oskar', 'Farid', 'Greta'];
const LAST = ['Varga', 'Keller', 'Novak', 'Lindqvist', 'Moreau', 'Petrov', 'Haddad', 'Okafor', 'Brandt', 'Sato', 'Castillo', 'Ivanova', 'Reiner', 'Duarte', 'Kowal', 'Amari', 'Berg', 'Santos', 'Horvat', 'Ilic'];
const PLACES = ['Veldria', 'Ostmark', 'Carvonia', 'Lusmere', 'Brenholt', 'Sarkand', 'Tavira', 'Quellen', 'Morvath', 'Estrel', 'Dunmore', 'Pellar'];
const INSTITUTIONS = ['Foreign Ministry', 'Defence Ministry', 'Interior Ministry', 'Embassy', 'State Department', 'Trade Office'];
const OUTLETS = ['Harbor Wire', 'Morning Ledger', 'Capital Courier', 'Northern Dispatch', 'Daily Meridian'];
const TOPICS: readonly (readonly [string, string, string])[] = [
  ['consulate', 'closure', 'expulsion'],
  ['fishing', 'quota', 'seizure'],
  ['pipeline', 'transit', 'blockade'],
  ['border', 'crossing', 'invasion'],
  ['election', 'ballots', 'fraud'],
  ['sanctions', 'banks', 'punishment'],
  ['grain', 'corridor', 'blockade'],
  ['treaty', 'talks', 'breach'],
  ['airport', 'flights', 'ban'],
  ['embassy', 'staff', 'expulsion'],
  ['mine', 'workers', 'strike'],
  ['dam', 'water', 'diversion'],
];
const UNITS = ['people', 'diplomats', 'vessels', 'workers', 'trucks', 'flights'];
const QUALIFIERS = ['', '', '', 'more than ', 'about ', 'at least '];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface Generated {
  text: string;
  facts: ClaimFact[];
}

/** One claim about `topic` in one of several shapes (offsets of facts relative to the claim). */
function claimText(r: () => number, topic: readonly [string, string, string], place: string): Generated {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const [t0, t1, act] = topic;
  const n = 5 + Math.floor(r() * 120);
  const unit = pick(UNITS);
  const qualifier = pick(QUALIFIERS);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const shapes: (() => Generated)[] = [
    () => ({ text: `The ${t0} ${t1} in ${place} is not an ${act}`, facts: [] }),
    () => ({ text: `What ${place} did to the ${t0} ${t1} amounts to ${act}`, facts: [] }),
    () => ({ text: `${place} never ordered any ${act} of the ${t0} ${t1}`, facts: [] }),
    () => ({ text: `We will not accept the ${t1} of the ${t0} imposed by ${place}`, facts: [] }),
    () => ({ text: `The ${t1} of the ${t0} was a lawful and measured step`, facts: [] }),
    () => {
      const figure = `${qualifier}${n} ${unit}`;
      const text = `${figure.charAt(0).toUpperCase()}${figure.slice(1)} were affected by the ${t0} ${t1} in ${place}`;
      const qual = qualifier.trim();
      return { text, facts: [{ kind: 'number', value: n, unit, ...(qual ? { qualifier: qual } : {}), text: text.slice(0, figure.length), start: 0, end: figure.length }] };
    },
    () => {
      const date = `${MONTHS[month]} ${day}`;
      const text = `All ${unit} must leave the ${t0} in ${place} by ${date}`;
      const at = text.length - date.length;
      const value = `--${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { text, facts: [{ kind: 'date', value, unit: 'deadline', text: date, start: at, end: text.length }] };
    },
    () => ({ text: `Talks on the ${t0} ${t1} with ${place} will resume next week, officials in the capital confirmed`, facts: [] }),
  ];
  return pick(shapes)();
}

function speakerOf(r: () => number): string {
  const x = r();
  if (x < 0.75) return `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`;
  return `${PLACES[Math.floor(r() * PLACES.length)]} ${INSTITUTIONS[Math.floor(r() * INSTITUTIONS.length)]}`;
}

/** Writes the generated articles and claims straight into the store (extraction is benched elsewhere). */
function fill(dbPath: string): number {
  const r = rng(6006);
  const store = Store.open(dbPath);
  let written = 0;
  try {
    store.transaction(() => {
      for (let a = 0; written < CLAIMS; a++) {
        const topic = TOPICS[a % TOPICS.length]!;
        const place = PLACES[Math.floor(r() * PLACES.length)]!;
        const claims: (Generated & { speaker: string })[] = Array.from({ length: CLAIMS_PER_ARTICLE }, () => ({ ...claimText(r, topic, place), speaker: speakerOf(r) }));
        // The article is its claims, one sentence each, so every offset points into its text.
        let text = `${place} dispute over the ${topic[0]} ${topic[1]} (${a})\n\n`;
        const rows: NewClaim[] = claims.map((c) => {
          const start = text.length + 1;
          text += `“${c.text},” ${c.speaker} said.\n\n`;
          return {
            kind: 'direct',
            text: c.text,
            speaker: c.speaker,
            start,
            end: start + c.text.length,
            facts: c.facts.map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
          };
        });
        const article = store.articles.insert({
          title: `${place} dispute over the ${topic[0]} ${topic[1]} (${a})`,
          outlet: OUTLETS[a % OUTLETS.length]!,
          author: null,
          published: `20${20 + (a % 6)}-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`,
          language: 'en',
          sourceName: `compare-${a}.txt`,
          text,
          contentHash: `compare-bench-${a}`,
        });
        written += store.claims.insertMany(article.id, rows);
      }
    });
  } finally {
    store.close();
  }
  return written;
}

export interface CompareBench {
  claims: number;
  suggestMs: number;
  suggestions: number;
}

export async function benchCompare(log: (line: string) => void = console.log): Promise<CompareBench> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-compare-'));
  const dbPath = join(dir, 'bench.sqlite');
  try {
    const claims = fill(dbPath);
    const { service, close } = openService({ dbPath, resourcesDir: repoResourcesDir });
    try {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const result = await dispatch(service, 'conflicts.suggest', { limit: 50 });
      const suggestMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      // CPU time too: on a shared machine the wall clock also measures the neighbours.
      const cpuMs = (cpu.user + cpu.system) / 1000;
      if (!result.ok) throw new Error(`conflicts.suggest: ${result.error.message}`);
      const found = result.value as { score: number; reason: string }[];
      log(
        `conflicts      ${(suggestMs / 1000).toFixed(2)} s (${(cpuMs / 1000).toFixed(2)} s CPU) to suggest conflicts among ${claims.toLocaleString('en-US')} claims, ${found.length} returned; best ${found[0]?.score ?? '-'}: ${found[0]?.reason ?? 'none'}`,
      );
      return { claims, suggestMs, suggestions: found.length };
    } finally {
      close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

