import { describe, expect, it } from 'vitest';
import { buildBrief, runsText, type Block } from '../../../src-main/core/export/brief';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import { cite, heading, lexical, para, resolve, text } from './fixtures';

const one = lexical(heading('h1', text('Background')), para(text('Veldria calls it '), text('routine', 1), cite(1), text(' and again '), cite(1), text('.')), para(text('Ostmark disagrees'), cite(2)));
const other = lexical(para(text('A source that is gone'), cite(9)));

describe('brief model', () => {
  it('numbers one footnote per citation in order, sets the quoted words inline, and keeps formats', () => {
    const brief = buildBrief({ title: 'Consulate', notes: [{ id: 1, title: 'Consulate', content: one }], resolve, style: statementStyle });
    expect(brief.footnotes.map((f) => [f.n, f.target])).toEqual([
      [1, 'claim:1'],
      [2, 'claim:1'],
      [3, 'claim:2'],
    ]);
    const p = brief.blocks[1] as Extract<Block, { kind: 'paragraph' }>;
    // Statement style is British: the full stop after quoted words stays outside the marks, the note after it.
    expect(p.inlines).toEqual([
      { kind: 'text', text: 'Veldria calls it ', marks: [] },
      { kind: 'text', text: 'routine', marks: ['bold'] },
      { kind: 'text', text: '“This is a routine decision”', marks: [] },
      { kind: 'cite', note: 1 },
      { kind: 'text', text: ' and again “This is a routine decision”.', marks: [] },
      { kind: 'cite', note: 2 },
    ]);
    // The second note to the same source is the short one.
    expect(brief.footnotes.map((f) => runsText(f.runs))).toEqual([
      'Elena Varga, Harbor Wire, 4 March 2025 (Veldria orders closure).',
      'Elena Varga, Harbor Wire, Veldria orders closure.',
      'The Ledger, March 2025 (Ostmark responds).',
    ]);
    // The note's h1 steps down under the brief's title.
    expect(brief.blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(brief.problems).toEqual([]);
    expect(brief.appendix).toBeNull();
  });

  it('joins several notes in the given order, each under its own heading, and lists problems by note', () => {
    const brief = buildBrief({
      title: 'Two notes',
      notes: [
        { id: 7, title: 'Second first', content: other },
        { id: 3, title: 'Then this', content: one },
      ],
      resolve,
      style: statementStyle,
    });
    const headings = brief.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, runsText(b.inlines.flatMap((i) => (i.kind === 'text' ? [i] : [])))]);
    expect(headings).toEqual([
      [2, 'Second first'],
      [2, 'Then this'],
      [3, 'Background'],
    ]);
    expect(brief.footnotes[0]).toMatchObject({ n: 1, target: 'claim:9', problem: 'the cited source (claim:9) is no longer in the library' });
    expect(runsText(brief.footnotes[0]?.runs ?? [])).toBe('Broken citation: the cited source (claim:9) is no longer in the library.');
    expect(brief.problems).toEqual([{ noteId: 7, target: 'claim:9', message: 'the cited source (claim:9) is no longer in the library' }]);
  });

  it('builds the appendix from resolved quotes only, with their sentences', () => {
    const brief = buildBrief({ title: 'x', notes: [{ id: 1, title: 'x', content: lexical(para(cite(9), cite(1), cite(2))) }], resolve, style: statementStyle, appendix: true });
    expect(brief.appendix?.map((e) => [e.n, e.speaker, e.before, e.quote, e.after, runsText(e.source)])).toEqual([
      [2, 'Elena Varga', 'She said: “', 'This is a routine decision', '.”', 'Veldria orders closure, Harbor Wire, 4 March 2025'],
      [3, null, '', 'amounts to expulsion', '', 'Ostmark responds, The Ledger, March 2025'],
    ]);
  });

  it('reports a citation node without a valid target as a problem', () => {
    const bad = lexical(para(text('x'), { type: 'quire-citation', version: 1, ref: { kind: 'claim', claimId: -4 } }));
    const brief = buildBrief({ title: 'x', notes: [{ id: 5, title: 'x', content: bad }], resolve, style: statementStyle });
    expect(brief.problems).toEqual([{ noteId: 5, target: 'invalid:1', message: 'the citation has no valid target' }]);
  });
});
