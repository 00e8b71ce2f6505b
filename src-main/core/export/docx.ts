// The brief model → a Word document (bytes) with real footnotes: each citation in the text is a
// footnote reference, and word/footnotes.xml holds the exact quotes.
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  PageOrientation,
  PageReference,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { isSafeLinkUrl } from '../text/links';
import type { Block, Brief, Inline, ListBlock, Mark, Run, TableBlock } from './brief';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
const ORDERED = 'quire-ordered';
const PROBLEM_COLOR = 'B3261E';
/** A4 in twentieths of a point, with Word's default one-inch margins. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
/** Type size of narrow and landscape tables, in half-points (9 pt). */
const NARROW_SIZE = 18;

interface RunExtra {
  color?: string;
  size?: number;
}

/** The bookmark a note's section heading carries, for cross-references to it. */
const noteAnchor = (noteId: number): string => `note_${noteId}`;

// Only the formats a run has are written: Word reads a missing property as off.
function textRun(text: string, marks: readonly Mark[] = [], extra: RunExtra = {}): TextRun {
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

const runs = (list: readonly Run[], extra: RunExtra = {}): TextRun[] => list.map((r) => textRun(r.text, r.marks, extra));

/** Header cells are set in bold (text only; citations stay footnote references). */
function bolded(node: Inline): Inline {
  if (node.kind === 'text') return node.marks.includes('bold') ? node : { ...node, marks: [...node.marks, 'bold'] };
  if (node.kind === 'link') return { ...node, children: node.children.map(bolded) };
  return node;
}

export async function briefToDocx(brief: Brief): Promise<Uint8Array> {
  // One footnote per citation, numbered as the brief numbers them (Word numbers them the same way).
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of brief.footnotes) {
    const color = f.problem !== null ? { color: PROBLEM_COLOR } : {};
    footnotes[String(f.n)] = { children: [new Paragraph({ style: 'FootnoteText', children: runs(f.runs, color) })] };
  }
  let orderedLists = 0;
  let crossReferences = 0;

  const inline = (node: Inline, extra: RunExtra = {}): ParagraphChild[] => {
    switch (node.kind) {
      case 'cite':
        return [new FootnoteReferenceRun(node.note)];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link': {
        const children = node.children.flatMap((c) => inline(c, extra)).filter((c): c is TextRun => c instanceof TextRun);
        return isSafeLinkUrl(node.url) ? [new ExternalHyperlink({ link: node.url.trim(), children })] : children;
      }
      case 'xref':
        // The linked note's title, linked to its section, with the page Word (or LibreOffice) works out.
        crossReferences += 1;
        return [
          new InternalHyperlink({ anchor: noteAnchor(node.noteId), children: [textRun(node.title, ['italic'], extra)] }),
          textRun(' (p. ', [], extra),
          new PageReference(noteAnchor(node.noteId)),
          textRun(')', [], extra),
        ];
      case 'text':
        return [textRun(node.text, node.marks, extra)];
    }
  };
  const inlines = (list: readonly Inline[], extra: RunExtra = {}): ParagraphChild[] => list.flatMap((i) => inline(i, extra));

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
    const landscape = t.fit === 'landscape';
    const textWidth = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    const column = Math.floor(textWidth / width);
    const extra: RunExtra = t.fit === 'normal' ? {} : { size: NARROW_SIZE };
    return new Table({
      // Fixed columns that share the text width: long words wrap inside their cell, never past the margin.
      width: { size: column * width, type: WidthType.DXA },
      columnWidths: Array.from({ length: width }, () => column),
      layout: TableLayoutType.FIXED,
      rows: t.rows.map(
        (cells, r) =>
          new TableRow({
            // A leading header row repeats on every page the table spans.
            tableHeader: r === 0 && cells.every((c) => c.header),
            children: Array.from({ length: width }, (_, i) => {
              const cell = cells[i];
              const children = cell ? inlines(cell.header ? cell.inlines.map(bolded) : cell.inlines, extra) : [];
              return new TableCell({ width: { size: column, type: WidthType.DXA }, children: [new Paragraph({ children })] });
            }),
          }),
      ),
    });
  };

  const block = (b: Block): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'table':
        return [table(b)];
      case 'heading': {
        const children = inlines(b.inlines);
        return [
          new Paragraph({
            heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_5,
            children: b.noteId !== undefined ? [new Bookmark({ id: noteAnchor(b.noteId), children })] : children,
          }),
        ];
      }
      case 'quote':
        return [new Paragraph({ indent: { left: 720, right: 720 }, children: inlines(b.inlines) })];
      case 'list':
        return list(b, 0);
      case 'paragraph':
        return [new Paragraph({ children: inlines(b.inlines) })];
    }
  };

  // A landscape table is a section of its own, turned sideways; the text around it stays upright.
  const sections: { landscape: boolean; children: (Paragraph | Table)[] }[] = [
    { landscape: false, children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(brief.title)] })] },
  ];
  for (const b of brief.blocks) {
    const landscape = b.kind === 'table' && b.fit === 'landscape';
    let current = sections[sections.length - 1] as (typeof sections)[number];
    if (current.landscape !== landscape) sections.push((current = { landscape, children: [] }));
    current.children.push(...block(b));
  }
  if (sections[sections.length - 1]?.landscape) sections.push({ landscape: false, children: [] });
  const body = (sections[sections.length - 1] as (typeof sections)[number]).children;
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
    // Space between paragraphs, as a typeset brief has; footnotes keep their own tighter style.
    styles: { default: { document: { paragraph: { spacing: { after: 120 } } } } },
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
    // Word asks to update the page numbers of cross-references when the document opens.
    ...(crossReferences > 0 ? { features: { updateFields: true } } : {}),
    sections: sections.map((section): ISectionOptions => ({
      properties: {
        page: {
          // docx swaps width and height itself for a landscape section.
          size: { width: PAGE.width, height: PAGE.height, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
        },
      },
      children: section.children,
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
