// Tables in notes (Lexical table > tablerow > tablecell > paragraph): found by the note parser
// (citations inside cells are saved and checked) and laid out by every export format.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../src-main/core/export/brief';
import { briefToDocx } from '../../../src-main/core/export/docx';
import { briefToHtml } from '../../../src-main/core/export/html';
import { briefToMarkdown } from '../../../src-main/core/export/markdown';
import { statementStyle } from '../../../src-main/core/export/statement-style';
import { parseNoteContent } from '../../../src-main/core/notes/lexical-json';
import { cite, lexical, para, resolve, text } from './fixtures';

type LexNode = Record<string, unknown>;
const cell = (headerState: number, ...paragraphs: LexNode[]): LexNode => ({ type: 'tablecell', headerState, colSpan: 1, rowSpan: 1, children: paragraphs, version: 1 });
const row = (...cells: LexNode[]): LexNode => ({ type: 'tablerow', children: cells, version: 1 });
const table = (...rows: LexNode[]): LexNode => ({ type: 'table', children: rows, version: 1 });

// Side | Statement | Date, then two rows; the second statement cell holds two paragraphs.
const content = lexical(
  para(text('Before the table')),
  table(
    row(cell(1, para(text('Side'))), cell(1, para(text('Statement'))), cell(1, para(text('Date')))),
    row(cell(0, para(text('West | North'))), cell(0, para(cite(1))), cell(0, para(text('2025-03-04')))),
    row(cell(0, para(text('East'))), cell(0, para(cite(2)), para(text('and again '), cite(1))), cell(0, para())),
  ),
  para(text('After the table')),
);
const brief = buildBrief({ title: 'Tables', notes: [{ id: 1, title: 'Tables', content }], resolve, style: statementStyle });

describe('note parsing with tables', () => {
  it('finds every citation inside table cells and keeps cell text apart', () => {
    const facts = parseNoteContent(content);
    expect(facts.citations).toEqual([
      { kind: 'claim', claimId: 1 },
      { kind: 'claim', claimId: 2 },
      { kind: 'claim', claimId: 1 },
    ]);
    expect(facts.text.split('\n\n')).toEqual(['Before the table', 'Side', 'Statement', 'Date', 'West | North', '2025-03-04', 'East', 'and again', 'After the table']);
  });

  it('turns a table into one table block, header cells marked', () => {
    const t = brief.blocks.find((b) => b.kind === 'table');
    expect(t?.kind).toBe('table');
    if (t?.kind !== 'table') return;
    expect(t.rows.map((r) => r.map((c) => c.header))).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    // One footnote per citation; a three-column table fits the page as it is.
    expect(brief.footnotes.map((f) => f.target)).toEqual(['claim:1', 'claim:2', 'claim:1']);
    expect(t.fit).toBe('normal');
  });

  it('sets wide tables in narrower type, and on a landscape page when wider still', () => {
    const wide = (columns: number): string =>
      lexical(table(row(...Array.from({ length: columns }, (_, i) => cell(1, para(text(`Col ${i}`))))), row(...Array.from({ length: columns }, () => cell(0, para(cite(1)))))));
    const fit = (columns: number): unknown =>
      buildBrief({ title: 't', notes: [{ id: 1, title: 't', content: wide(columns) }], resolve, style: statementStyle }).blocks.find((b) => b.kind === 'table');
    expect(fit(3)).toMatchObject({ fit: 'normal' });
    expect(fit(4)).toMatchObject({ fit: 'narrow' });
    expect(fit(6)).toMatchObject({ fit: 'landscape' });
  });
});

describe('exported tables', () => {
  it('Markdown: a pipe table with a header separator, escaped pipes and the quoted words with their notes in cells', () => {
    const md = briefToMarkdown(brief);
    expect(md).toContain(
      [
        '| Side | Statement | Date |',
        '| --- | --- | --- |',
        '| West \\| North | “This is a routine decision”[^1] | 2025-03-04 |',
        '| East | “amounts to expulsion”[^2]<br>and again “This is a routine decision”[^3] |  |',
      ].join('\n'),
    );
    expect(md).toMatch(/Before the table\n\n\| Side/);
    expect(md).toContain('|  |\n\nAfter the table');
    expect(md).toContain('[^1]: ');
  });

  it('Markdown: rows shorter than the widest are padded', () => {
    const ragged = lexical(table(row(cell(0, para(text('a'))), cell(0, para(text('b')))), row(cell(0, para(text('c'))))));
    const md = briefToMarkdown(buildBrief({ title: 't', notes: [{ id: 1, title: 't', content: ragged }], resolve, style: statementStyle }));
    expect(md).toContain('| a | b |\n| --- | --- |\n| c |  |');
  });

  it('HTML: a <table> with <th> header cells and the quoted words with their notes inside cells', () => {
    const html = briefToHtml(brief);
    expect(html).toContain('<table class="normal">\n<tr><th>Side</th><th>Statement</th><th>Date</th></tr>');
    expect(html).toContain('<tr><td>West | North</td><td>“This is a routine decision”<sup class="fnref" id="fnref-1-1"><a href="#fn-1">1</a></sup></td><td>2025-03-04</td></tr>');
    expect(html).toContain('<td>“amounts to expulsion”<sup class="fnref" id="fnref-2-1"><a href="#fn-2">2</a></sup><br>and again “This is a routine decision”<sup class="fnref" id="fnref-3-1">');
    expect(html).toContain('th, td {');
    expect(html).toMatch(/table \{[^}]*table-layout: fixed/);
  });

  it('DOCX: a real Word table whose cells hold footnote references', async () => {
    const zip = await JSZip.loadAsync(await briefToDocx(brief));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect((rows[0] ?? '').match(/<w:tc>/g)).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader');
    expect(rows[0]).toMatch(/<w:b\/>[\s\S]*Side/);
    expect((rows[2] ?? '').match(/<w:footnoteReference\b/g)).toHaveLength(2);
    expect((tables[0]?.match(/<w:footnoteReference\b/g) ?? []).length).toBe(3);
    expect(tables[0]).toContain('“This is a routine decision”');
    expect(tables[0]).toContain('<w:tblLayout w:type="fixed"/>');
    const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    expect(footnotes).toContain('Veldria orders closure');
  });
});
