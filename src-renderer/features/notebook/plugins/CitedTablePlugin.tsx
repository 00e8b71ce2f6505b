// Registers INSERT_CITED_TABLE_COMMAND: puts a caption and a table built from a CitedTable
// (header row, then cells of text and CitationNodes) after the block that holds the caret, or
// at the end of the note when the editor has no selection. Several tables in a row stay in order.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates, TableNode, type TableCellNode } from '@lexical/table';
import {
  $addUpdateTag,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  SKIP_DOM_SELECTION_TAG,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import type { CitedCell, CitedTable } from '../../../components/citedTable';
import { $createCitationNode } from '../nodes/CitationNode';

export const INSERT_CITED_TABLE_COMMAND: LexicalCommand<CitedTable> = createCommand('INSERT_CITED_TABLE_COMMAND');

function $cell(content: CitedCell, header: boolean): TableCellNode {
  const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
  const paragraphs = content.length > 0 ? content : [[]];
  for (const runs of paragraphs) {
    const p = $createParagraphNode();
    runs.forEach((run, i) => {
      if (typeof run === 'string') {
        if (run) p.append($createTextNode(run));
        return;
      }
      // Chips read apart: a space between a citation and whatever comes next.
      p.append($createCitationNode(run));
      if (i < runs.length - 1) p.append($createTextNode(' '));
    });
    cell.append(p);
  }
  return cell;
}

/** Builds the nodes for a cited table (inside editor.update). */
export function $createCitedTable(table: CitedTable): LexicalNode[] {
  const node = $createTableNode();
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const head = $createTableRowNode();
  for (let i = 0; i < width; i++) head.append($cell([[table.header[i] ?? '']], true));
  node.append(head);
  for (const cells of table.rows) {
    const row = $createTableRowNode();
    for (let i = 0; i < width; i++) row.append($cell(cells[i] ?? [], false));
    node.append(row);
  }
  const caption = $createParagraphNode().append($createTextNode(table.caption).toggleFormat('bold'));
  return [caption, node];
}

export function CitedTablePlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!editor.hasNodes([TableNode])) throw new Error('CitedTablePlugin: TableNode is not registered on the editor');
    return editor.registerCommand(
      INSERT_CITED_TABLE_COMMAND,
      (table) => {
        const selection = $getSelection();
        // After the caret's block; with no caret, after the last block.
        const at = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : $getRoot().getLastChild();
        const nodes = $createCitedTable(table);
        const after = $createParagraphNode();
        if (at) {
          // An empty paragraph at the caret is replaced rather than left above the table.
          const replace = $isParagraphNode(at) && at.getChildrenSize() === 0;
          let prev: LexicalNode = at;
          for (const n of nodes) prev = prev.insertAfter(n);
          prev.insertAfter(after);
          if (replace) at.remove();
        } else {
          $getRoot().append(...nodes, after);
        }
        // The caret moves below the table; when the table comes from another view (the editor
        // is not focused), the focus stays in that view.
        if (!editor.getRootElement()?.contains(document.activeElement)) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        after.select();
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
  }, [editor]);

  return null;
}
