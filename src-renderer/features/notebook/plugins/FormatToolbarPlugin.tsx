// A formatting toolbar over the note for those who do not know the Markdown shortcuts: bold,
// italic, headings, lists, quote, link, undo and redo. Each button runs the same Lexical command
// the shortcuts run; the bold and italic buttons show whether the selection has the format.
import { useEffect, useState, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { shortcutLabel } from '../../../components/platform';

/** Links a note keeps (as exports do): web and mail addresses only. */
const LINK_URL = /^(https?:\/\/|mailto:)\S+$/i;

type Block = 'paragraph' | HeadingTagType | 'quote';

function setBlock(editor: LexicalEditor, block: Block): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, () => (block === 'paragraph' ? $createParagraphNode() : block === 'quote' ? $createQuoteNode() : $createHeadingNode(block)));
  });
}

export function FormatToolbarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<{ bold: boolean; italic: boolean; link: boolean; list: 'bullet' | 'number' | null }>({ bold: false, italic: false, link: false, list: null });
  const [history, setHistory] = useState({ undo: false, redo: false });
  const [linking, setLinking] = useState<string | null>(null);

  useEffect(() => {
    const read = (): void => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const node = selection.anchor.getNode();
      const list = $getNearestNodeOfType(node, ListNode)?.getListType();
      setActive({
        bold: selection.hasFormat('bold'),
        italic: selection.hasFormat('italic'),
        link: $isLinkNode(node.getParent()) || $isLinkNode(node),
        list: list === 'bullet' || list === 'number' ? list : null,
      });
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => editorState.read(read)),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (read(), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_UNDO_COMMAND, (undo) => (setHistory((h) => ({ ...h, undo })), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (redo) => (setHistory((h) => ({ ...h, redo })), false), COMMAND_PRIORITY_LOW),
    );
  }, [editor]);

  // Buttons keep the editor's selection: a mouse press on them must not take the focus.
  const keep = (e: { preventDefault(): void }): void => e.preventDefault();
  const button = (label: string, text: string, run: () => void, options: { pressed?: boolean; disabled?: boolean; title?: string } = {}): JSX.Element => (
    <button
      type="button"
      className="btn small format-btn"
      aria-label={label}
      title={options.title ?? label}
      aria-pressed={options.pressed}
      disabled={options.disabled}
      onMouseDown={keep}
      onClick={run}
    >
      {text}
    </button>
  );

  const applyLink = (): void => {
    const url = (linking ?? '').trim();
    if (url && !LINK_URL.test(url)) return;
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url || null);
    setLinking(null);
    editor.focus();
  };

  return (
    <div className="format-toolbar" role="toolbar" aria-label="Formatting">
      {button('Bold', 'B', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'), { pressed: active.bold, title: `Bold (${shortcutLabel('Mod+B')})` })}
      {button('Italic', 'I', () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'), { pressed: active.italic, title: `Italic (${shortcutLabel('Mod+I')})` })}
      <span className="format-sep" />
      {button('Heading', 'H2', () => setBlock(editor, 'h2'), { title: 'Heading (## then space)' })}
      {button('Subheading', 'H3', () => setBlock(editor, 'h3'), { title: 'Subheading (### then space)' })}
      {button('Plain paragraph', '¶', () => setBlock(editor, 'paragraph'))}
      {button('Bulleted list', '•', () => editor.dispatchCommand(active.list === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined), {
        pressed: active.list === 'bullet',
        title: 'Bulleted list (- then space)',
      })}
      {button('Numbered list', '1.', () => editor.dispatchCommand(active.list === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined), {
        pressed: active.list === 'number',
        title: 'Numbered list (1. then space)',
      })}
      {button('Quote', '❝', () => setBlock(editor, 'quote'), { title: 'Quote (> then space)' })}
      {button(active.link ? 'Remove link' : 'Link', 'Link', () => (active.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : setLinking('https://')), {
        pressed: active.link,
      })}
      <span className="format-sep" />
      {button('Undo', '↶', () => editor.dispatchCommand(UNDO_COMMAND, undefined), { disabled: !history.undo, title: `Undo (${shortcutLabel('Mod+Z')})` })}
      {button('Redo', '↷', () => editor.dispatchCommand(REDO_COMMAND, undefined), { disabled: !history.redo, title: `Redo (${shortcutLabel('Mod+Shift+Z')})` })}
      {linking !== null && (
        <span className="format-link">
          <input
            aria-label="Link address"
            value={linking}
            autoFocus
            onChange={(e) => setLinking(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setLinking(null);
                editor.focus();
              }
            }}
          />
          {button('Apply link', 'OK', applyLink, { disabled: linking.trim() !== '' && !LINK_URL.test(linking.trim()) })}
        </span>
      )}
    </div>
  );
}
