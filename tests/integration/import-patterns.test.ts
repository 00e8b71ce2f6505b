// Adversarial text through the whole import of a .txt and an .html (reading, metadata,
// boilerplate, analysis, claims, storing): a megabyte of capitals, of spaces, of dots, of quotes,
// of `<`. Every pattern that runs on imported text must be linear, so each import finishes well
// inside the job deadline: the deadline itself is the assertion (an import it ends fails here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/service/dispatch';
import { openService, type OpenedService } from '../../src-main/api/service/index';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_RESOURCES } from './service-helpers';

const MB = 1024 * 1024;
const DEADLINE_MS = 60_000;
const lead = 'Talks resumed on Monday in the port city. ';
const capsWords = 'THE MINISTRY SAID ON MONDAY THAT TALKS WOULD RESUME IN GENEVA NEXT WEEK ';
const fill = (unit: string, bytes = MB): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const html = (body: string): string => `<!doctype html><html><head><title>Port talks</title></head><body><article><p>${lead}</p><p>${body}</p></article></body></html>`;

interface Case {
  name: string;
  text: string;
}

const CASES: Case[] = [
  { name: 'capital-words.txt', text: `${lead}\n\n${fill(capsWords)}` },
  { name: 'capital-run.txt', text: fill('A') },
  { name: 'spaces.txt', text: `${lead}${fill(' ')}The envoy left.` },
  { name: 'dots.txt', text: `${lead}${fill('.')}` },
  { name: 'quotes.txt', text: `${lead}${fill('"', MB / 2)}${fill('“', MB / 2)}` },
  { name: 'less-than.html', text: html(fill('<')) },
  { name: 'capital-words.html', text: html(fill(capsWords)) },
  { name: 'spaces.html', text: html(`${fill(' ')}The envoy left.`) },
];

let dir: string;
let opened: OpenedService;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quire-patterns-'));
  opened = openService({ dbPath: join(dir, 'quire.sqlite'), resourcesDir: REPO_RESOURCES, autoBackup: false, searchThreads: false, ingest: { deadlineMs: DEADLINE_MS } });
});
afterAll(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a megabyte of adversarial text', () => {
  for (const c of CASES) {
    it(`${c.name} is imported (or refused for what it is) within the job deadline`, async () => {
      const r = await dispatch(opened.service, 'articles.import', { fileName: c.name, data: Buffer.from(c.text, 'utf8').toString('base64') });
      if (!r.ok) {
        expect(r.error.message).not.toContain('took longer than');
        expect(r.error.message.split('\n')).toHaveLength(1);
      }
    }, DEADLINE_MS + 30_000);
  }
});
