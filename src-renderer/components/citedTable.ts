// A table of text and citations that one feature builds (the compare views) and the notebook
// inserts into a note as a real Lexical table with CitationNodes in its cells.
import type { CitationRef } from '../../src-main/api/contract/methods';

/** A stretch of a cell: plain text, or a citation of a claim or passage. */
export type CitedRun = string | CitationRef;

/** One cell: its paragraphs, each a sequence of runs. */
export type CitedCell = CitedRun[][];

export interface CitedTable {
  /** A line above the table saying what it shows (e.g. "Compare: Washington · Moscow"). */
  caption: string;
  /** The header row. */
  header: string[];
  rows: CitedCell[][];
}

/** A cell of plain text. */
export const textCell = (text: string): CitedCell => [[text]];

/** How many citations a table holds (for a status message). */
export function citationCount(table: CitedTable): number {
  return table.rows.flat(3).filter((run) => typeof run !== 'string').length;
}
