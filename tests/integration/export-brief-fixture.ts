// A brief written for the typesetting tests (every sentence here is our own): four sources with
// full metadata (one lacks a URL), eight citations of them — one source cited three times, two
// twice — one quote with a quotation inside it, one Russian quote, a compare table whose cells
// cite, a wide table, and a [[link]] to a second note.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract/methods';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService, type OpenedService } from '../../src-main/api/service/index';
import { chromiumPdfRenderer } from '../../src-main/hosts/pdf-chromium';
import { REPO_RESOURCES } from './service-helpers';

interface Source {
  key: 'A' | 'B' | 'C' | 'D';
  text: string;
  meta: { title: string; outlet: string; author: string; published: string; url: string | null; language: string };
}

export const SOURCES: Source[] = [
  {
    key: 'A',
    text: 'The harbour authority halted night shipping on Wednesday. Its director described the step as a precaution, not a closure and said daytime traffic would continue. She added that inspections would finish within a week.',
    meta: { title: 'Harbour authority suspends night shipping', outlet: 'Coastal Ledger', author: 'Mara Kell', published: '2025-04-02', url: 'https://ledger.example/harbour-night', language: 'en' },
  },
  {
    key: 'B',
    text: 'The transport ministry said that no closure has been ordered at the port. A ministry official said the port stays open to daytime traffic and that ferries run on schedule.',
    meta: { title: 'Ministry rejects closure report', outlet: 'Northern Dispatch', author: 'Tomas Virr', published: '2025-04-03', url: 'https://dispatch.example/ministry-port', language: 'en' },
  },
  {
    key: 'C',
    text: 'The union leader told members the order was “temporary in name only” and urged calm. Workers will vote on a strike next week, she said.',
    meta: { title: 'Port workers weigh strike', outlet: 'Harbor Wire', author: 'Ines Dorr', published: '2025-04-04', url: 'https://wire.example/port-strike', language: 'en' },
  },
  {
    key: 'D',
    text: 'Пресс-служба порта сообщила, что это «временная мера», не более. Дневные рейсы выполняются по расписанию.',
    meta: { title: 'Порт объясняет ночной запрет', outlet: 'Вестник побережья', author: 'Анна Ровная', published: '2025-04-05', url: null, language: 'ru' },
  },
];

/** The quoted words of each citation, in the order they appear in the brief. */
export const CITED: { source: Source['key']; words: string }[] = [
  { source: 'A', words: 'a precaution, not a closure' },
  { source: 'B', words: 'no closure has been ordered at the port' },
  { source: 'B', words: 'the port stays open to daytime traffic' },
  { source: 'C', words: 'the order was “temporary in name only”' },
  { source: 'A', words: 'inspections would finish within a week' },
  // the compare table
  { source: 'A', words: 'daytime traffic would continue' },
  { source: 'C', words: 'Workers will vote on a strike next week' },
  { source: 'D', words: 'это «временная мера», не более' },
];

export const MAIN_TITLE = 'Harbour night ban';
export const LINKED_TITLE = 'Port timeline';

type Lex = Record<string, unknown>;
const text = (t: string): Lex => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const para = (...children: Lex[]): Lex => ({ type: 'paragraph', children, version: 1 });
const heading = (tag: string, t: string): Lex => ({ type: 'heading', tag, children: [text(t)], version: 1 });
const cell = (header: boolean, ...children: Lex[]): Lex => ({ type: 'tablecell', headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, children: [para(...children)], version: 1 });
const row = (...cells: Lex[]): Lex => ({ type: 'tablerow', children: cells, version: 1 });
const table = (...rows: Lex[]): Lex => ({ type: 'table', children: rows, version: 1 });
const root = (...children: Lex[]): string => JSON.stringify({ root: { type: 'root', children, version: 1 } });

export interface BriefFixture {
  dir: string;
  mainId: number;
  linkedId: number;
  articleIds: Record<Source['key'], number>;
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>>;
  dispose(): void;
}

export async function openBriefFixture(): Promise<BriefFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-typeset-'));
  const opened: OpenedService = openService({ dbPath: join(dir, 'quire.sqlite'), resourcesDir: REPO_RESOURCES, version: '9.9.9-test', pdf: chromiumPdfRenderer() });
  const call = async <M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodOutput<M>> => {
    const r = await dispatch(opened.service, method, args);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
    return r.value as MethodOutput<M>;
  };

  const articleIds = {} as Record<Source['key'], number>;
  const bodies = {} as Record<Source['key'], string>;
  for (const s of SOURCES) {
    const { article } = await call('articles.import', { fileName: `${s.key}.txt`, data: Buffer.from(s.text, 'utf8').toString('base64') });
    await call('articles.update', { id: article.id, ...s.meta });
    articleIds[s.key] = article.id;
    bodies[s.key] = (await call('articles.get', { id: article.id })).text;
  }
  let next = 0;
  const cite = (): Lex => {
    const c = CITED[next++];
    if (!c) throw new Error('more citations than CITED lists');
    const start = bodies[c.source].indexOf(c.words);
    if (start < 0) throw new Error(`"${c.words}" is not in the stored text of ${c.source}`);
    return { type: 'quire-citation', version: 1, ref: { kind: 'article', articleId: articleIds[c.source], start, end: start + c.words.length } };
  };

  const linkedId = (await call('notes.create', { title: LINKED_TITLE })).id;
  const mainId = (await call('notes.create', { title: MAIN_TITLE })).id;
  const main = root(
    heading('h1', 'What was said'),
    para(text('The authority called the halt '), cite(), text(' , while the ministry insisted that '), cite(), text('. It also said '), cite(), text('.')),
    para(text('The union disagreed: '), cite(), text('. The authority later said '), cite(), text('.')),
    heading('h2', 'Compared'),
    table(
      row(cell(true, text('Side')), cell(true, text('Statement')), cell(true, text('Date')), cell(true, text('Grade'))),
      row(cell(false, text('Harbour authority: '), cite()), cell(false, text('precaution')), cell(false, text('2 April 2025')), cell(false, text('B2'))),
      row(cell(false, text('Union: '), cite()), cell(false, text('strike vote')), cell(false, text('4 April 2025')), cell(false, text('C3'))),
      row(cell(false, text('Port press office: '), cite()), cell(false, text('temporary')), cell(false, text('5 April 2025')), cell(false, text('B2'))),
    ),
    para(text('Dates and sources are in '), { type: 'quire-note-link', version: 1, noteId: linkedId, title: LINKED_TITLE }, text('.')),
  );
  await call('notes.save', { id: mainId, title: MAIN_TITLE, content: main });
  const hours = ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'];
  const linked = root(
    para(text('Night shipping stopped on 2 April; the ministry answered on 3 April.')),
    table(
      row(...hours.map((h) => cell(true, text(h)))),
      row(...hours.map((_, i) => cell(false, text(i % 2 ? 'daytime ferries and freight run on schedule' : 'closed to night shipping')))),
      // One long unbroken word: it must wrap inside its cell, not push the table past the margin.
      row(cell(false, text('notice:https://ledger.example/harbour-night-shipping-suspension-notice')), ...hours.slice(1).map(() => cell(false, text('—')))),
    ),
  );
  await call('notes.save', { id: linkedId, title: LINKED_TITLE, content: linked });
  return { dir, mainId, linkedId, articleIds, call, dispose: () => (opened.close(), rmSync(dir, { recursive: true, force: true })) };
}
