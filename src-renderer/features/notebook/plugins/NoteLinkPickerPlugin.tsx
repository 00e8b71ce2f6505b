// `[[` picker: typing `[[` and part of a title lists the other notes and the entities (people,
// organisations, places) of that name; Enter links the chosen one as a NoteLinkNode or an
// EntityLinkNode (or creates a note of that title first).
import { useCallback, useEffect, useMemo, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getNodeByKey, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import { errorMessage, api } from '../../../api/client';
import { useNotebookActions } from '../NotebookContext';
import { $createNoteLinkNode } from '../nodes/NoteLinkNode';
import { $createEntityLinkNode } from '../nodes/EntityLinkNode';
import type { EntitySummary } from '../../../../src-main/api/contract/methods';
import { noteList } from '../noteTitles';
import { PickerBox, PickerItem } from './PickerBox';
import { $wholeQuery } from './queryNode';
import { noteLinkTrigger } from './noteLinkTrigger';
import { $caretAfterChip } from './chipSpacing';

const LIMIT = 8;
const ENTITY_LIMIT = 5;
class NoteOption extends MenuOption {
  constructor(
    readonly noteId: number | null,
    readonly label: string,
    /** Set for an entity (then noteId is null and nothing is created). */
    readonly entity: EntitySummary | null = null,
  ) {
    super(entity ? `entity-${entity.id}` : noteId === null ? `create-${label}` : `note-${noteId}`);
  }
}

function $link(textNode: TextNode, noteId: number, title: string, entity = false): void {
  const link = entity ? $createEntityLinkNode(noteId, title) : $createNoteLinkNode(noteId, title);
  textNode.replace(link);
  $caretAfterChip(link);
}

export function NoteLinkPickerPlugin({ noteId: currentId }: { noteId: number }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const actions = useNotebookActions();
  const [query, setQuery] = useState<string | null>(null);
  const [entities, setEntities] = useState<{ q: string; hits: EntitySummary[] }>({ q: '', hits: [] });

  // Entities of that name, asked of the service as the query changes (the last answer wins).
  useEffect(() => {
    const q = query?.trim() ?? '';
    if (!q) return;
    let live = true;
    api.call('entities.list', { q, limit: ENTITY_LIMIT }).then(
      (hits) => live && setEntities({ q, hits }),
      () => live && setEntities({ q, hits: [] }),
    );
    return () => {
      live = false;
    };
  }, [query]);

  const options = useMemo(() => {
    if (query === null) return [];
    const q = query.trim().toLowerCase();
    const notes = noteList().filter((n) => n.id !== currentId);
    const matching = notes.filter((n) => n.title.toLowerCase().includes(q));
    matching.sort((a, b) => Number(!a.title.toLowerCase().startsWith(q)) - Number(!b.title.toLowerCase().startsWith(q)));
    const shown = matching.slice(0, LIMIT).map((n) => new NoteOption(n.id, n.title));
    if (q && entities.q.toLowerCase() === q) shown.push(...entities.hits.map((e) => new NoteOption(null, e.name, e)));
    if (q && !noteList().some((n) => n.title.toLowerCase() === q)) shown.push(new NoteOption(null, query.trim()));
    return shown;
  }, [query, currentId, entities]);

  const create = useCallback(
    async (ed: LexicalEditor, key: string, title: string) => {
      try {
        const note = await api.call('notes.create', { title });
        actions.noteCreated?.(note);
        ed.update(() => {
          const node = $getNodeByKey(key);
          if ($isTextNode(node)) $link(node, note.id, note.title);
        });
      } catch (err) {
        ed.update(() => {
          const node = $getNodeByKey(key);
          if ($isTextNode(node)) node.setMode('normal');
        });
        actions.reportError?.(`Could not create the note: ${errorMessage(err)}`);
      }
    },
    [actions],
  );

  const onSelect = useCallback(
    (option: NoteOption, textNode: TextNode | null, closeMenu: () => void) => {
      closeMenu();
      if (!textNode) return;
      textNode = $wholeQuery(textNode, '[[');
      if (option.entity) $link(textNode, option.entity.id, option.entity.name, true);
      else if (option.noteId !== null) $link(textNode, option.noteId, option.label);
      else {
        // Keep "[[Title" as its own node (a token is never merged into its neighbours) until the
        // note exists and the link replaces it.
        textNode.setMode('token');
        void create(editor, textNode.getKey(), option.label);
      }
    },
    [create, editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<NoteOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={noteLinkTrigger}
      options={options}
      anchorClassName="picker-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options: shown }) =>
        anchor.current
          ? createPortal(
              <PickerBox label="Link a note">
                <div className="picker-head">{shown.length === 0 ? 'Type a note’s title or a name' : 'Link a note or entity · ↑↓ Enter'}</div>
                {shown.map((o, i) => (
                  <PickerItem key={o.key} option={o} index={i} selectedIndex={selectedIndex} onHighlight={setHighlightedIndex} onChoose={selectOptionAndCleanUp}>
                    <div className="picker-body">
                      <div className="picker-quote">{o.entity ? o.label : o.noteId === null ? `Create “${o.label}”` : o.label}</div>
                      {o.entity && <div className="picker-meta">{`${o.entity.kind} · ${o.entity.claims} claims · ${o.entity.articles} articles`}</div>}
                    </div>
                  </PickerItem>
                ))}
              </PickerBox>,
              anchor.current,
            )
          : null
      }
    />
  );
}
