// Notes and resolutions built by hand for the export unit tests.
import type { CitedArticle, Resolution } from '../../../src-main/core/export/brief';
import { citationKey } from '../../../src-main/core/export/brief';
import type { CitationRef } from '../../../src-main/core/notes/types';

type LexNode = Record<string, unknown>;
export const text = (t: string, format = 0): LexNode => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
export const cite = (claimId: number): LexNode => ({ type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId } });
export const para = (...children: LexNode[]): LexNode => ({ type: 'paragraph', children, version: 1 });
export const heading = (tag: string, ...children: LexNode[]): LexNode => ({ type: 'heading', tag, children, version: 1 });
export const lexical = (...blocks: LexNode[]): string => JSON.stringify({ root: { type: 'root', children: blocks, version: 1 } });

export const varga: CitedArticle = { id: 1, title: 'Veldria orders closure', outlet: 'Harbor Wire', author: 'John Smith', published: '2025-03-04' };
export const ledger: CitedArticle = { id: 2, title: 'Ostmark responds', outlet: 'The Ledger', author: null, published: '2025-03' };

export const RESOLUTIONS: Record<string, Resolution> = {
  'claim:1': { ok: true, quote: 'This is a routine decision', speaker: 'Elena Varga', article: varga, context: { before: 'She said: “', after: '.”' } },
  'claim:2': { ok: true, quote: 'amounts to expulsion', speaker: null, article: ledger, context: null },
};

export const resolve = (ref: CitationRef): Resolution =>
  RESOLUTIONS[citationKey(ref)] ?? { ok: false, problem: `the cited source (${citationKey(ref)}) is no longer in the library` };
