// The brief model → a Word document (bytes) with real footnotes: each citation in the text is a
// footnote reference, and word/footnotes.xml holds the exact quotes.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isSafeLinkUrl } from '../text/links';
import type { Block, Brief, Inline, ListBlock, Mark, Run, TableBlock } from './brief';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
const ORDERED = 'quire-ordered';
const PROBLEM_COLOR = 'B3261E';

// Only the formats a run has are written: Word reads a missing property as off.
function textRun(text: string, marks: readonly Mark[] = [], extra: { color?: string } = {}): TextRun {
  const has = (mark: Mark): true | undefined => (marks.includes(mark) ? true : undefined);
  return new TextRun({
    text,
    bold: has('bold'),
    italics: has('italic'),
    strike: has('strike'),
    smallCaps: has('smallcaps'),
    superScript: has('sup'),
    subScript: has('sub'),
    ...(marks.includes('underline') ? { underline: {} } : {}),
    ...(marks.includes('code') ? { font: 'Consolas' } : {}),
    ...extra,
  });
}

const runs = (list: readonly Run[], extra: { color?: string } = {}): TextRun[] => list.map((r) => textRun(r.text, r.marks, extra));

/** Header cells are set in bold (text only; citations stay footnote references). */
function bolded(node: Inline): Inline {
  if (node.kind === 'text') return node.marks.includes('bold') ? node : { ...node, marks: [...node.marks, 'bold'] };
  if (node.kind === 'link') return { ...node, children: node.children.map(bolded) };
  return node;
}

export async function briefToDocx(brief: Brief): Promise<Uint8Array> {
  // Word numbers footnotes itself and expects one footnote per reference: a source cited twice
  // gets two footnotes with the same text (Markdown and HTML share one).
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const byNumber = new Map(brief.footnotes.map((f) => [f.n, f]));
  let nextFootnote = 1;
  let orderedLists = 0;

  const inline = (node: Inline): ParagraphChild[] => {
    switch (node.kind) {
      case 'cite': {
        const f = byNumber.get(node.note);
        const id = nextFootnote++;
        const color = f?.problem !== null && f?.problem !== undefined ? { color: PROBLEM_COLOR } : {};
        footnotes[String(id)] = { children: [new Paragraph({ style: 'FootnoteText', children: runs(f?.runs ?? [], color) })] };
        return [new FootnoteReferenceRun(id)];
      }
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link': {
        const children = node.children.flatMap(inline).filter((c): c is TextRun => c instanceof TextRun);
        return isSafeLinkUrl(node.url) ? [new ExternalHyperlink({ link: node.url.trim(), children })] : children;
      }
      case 'text':
        return [textRun(node.text, node.marks)];
    }
  };
  const inlines = (list: readonly Inline[]): ParagraphChild[] => list.flatMap(inline);

  const list = (b: ListBlock, level: number): Paragraph[] => {
    const instance = b.ordered ? ++orderedLists : 0;
    return b.items.flatMap((item) => [
      new Paragraph({
        children: inlines(item.inlines),
        ...(b.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } }),
      }),
      ...item.lists.flatMap((nested) => list(nested, Math.min(level + 1, 8))),
    ]);
  };

  const table = (t: TableBlock): Table => {
    const width = Math.max(...t.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: t.rows.map(
        (cells, r) =>
          new TableRow({
            // A leading header row repeats on every page the table spans.
            tableHeader: r === 0 && cells.every((c) => c.header),
            children: Array.from({ length: width }, (_, i) => {
              const cell = cells[i];
              const children = cell ? inlines(cell.header ? cell.inlines.map(bolded) : cell.inlines) : [];
              return new TableCell({ children: [new Paragraph({ children })] });
            }),
          }),
      ),
    });
  };

  const block = (b: Block): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'table':
        return [table(b)];
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_5, children: inlines(b.inlines) })];
      case 'quote':
        return [new Paragraph({ indent: { left: 720, right: 720 }, children: inlines(b.inlines) })];
      case 'list':
        return list(b, 0);
      case 'paragraph':
        return [new Paragraph({ children: inlines(b.inlines) })];
    }
  };

  const body: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(brief.title)] }), ...brief.blocks.flatMap(block)];
  if (brief.bibliography.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }));
    // Hanging indent, as bibliographies are set.
    for (const entry of brief.bibliography) body.push(new Paragraph({ style: 'Bibliography', indent: { left: 720, hanging: 720 }, children: runs(entry) }));
  }
  if (brief.appendix?.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Quoted statements')] }));
    for (const e of brief.appendix) {
      body.push(
        new Paragraph({
          children: [
            new TextRun({ text: `[${e.n}] `, bold: true }),
            ...(e.speaker ? [new TextRun({ text: `${e.speaker}: ` })] : []),
            new TextRun(e.before),
            new TextRun({ text: e.quote, highlight: 'yellow' }),
            new TextRun(e.after),
          ],
        }),
        new Paragraph({ indent: { left: 360 }, children: runs(e.source) }),
      );
    }
  }

  const doc = new Document({
    title: brief.title,
    creator: 'Quire',
    footnotes,
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
