// Ctrl/Cmd+K: every registered command by name, and (as a quick switcher) the library's content:
// articles, notes, claims and entities matching the words typed. Arrows move, Enter runs or
// opens, Escape closes.
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { CommandSpec } from '../../commands/registry';
import { paletteCommands } from '../../commands/views';
import { api } from '../../api/client';
import { shortcutLabel } from '../../components/platform';

/** Something the palette found in the library. */
export interface ContentItem {
  key: string;
  kind: 'article' | 'note' | 'claim' | 'entity';
  title: string;
  detail: string;
  open: () => void;
}

export interface ContentOpeners {
  article: (id: number) => void;
  note: (id: number) => void;
  claim: (articleId: number, claimId: number) => void;
  entity: (id: number) => void;
}

type Entry = { type: 'command'; command: CommandSpec } | { type: 'content'; item: ContentItem };

const KIND_LABEL: Record<ContentItem['kind'], string> = { article: 'Article', note: 'Note', claim: 'Claim', entity: 'Entity' };

const clean = (s: string): string => s.replace(/[\uE000\uE001]/g, '').replace(/\s+/g, ' ').trim();

/** Library content for the words typed: entities by name, then articles, notes and claims. */
async function findContent(q: string, open: ContentOpeners): Promise<ContentItem[]> {
  const [hits, entities] = await Promise.all([
    api.call('search.query', { q, limit: 12, types: ['article', 'note', 'claim'] }).catch(() => []),
    api.call('entities.list', { q, limit: 5 }).catch(() => []),
  ]);
  const items: ContentItem[] = entities.map((e) => ({
    key: `entity-${e.id}`,
    kind: 'entity',
    title: e.name,
    detail: `${e.kind} · ${e.claims} claim${e.claims === 1 ? '' : 's'} · ${e.articles} article${e.articles === 1 ? '' : 's'}`,
    open: () => open.entity(e.id),
  }));
  for (const h of hits) {
    if (h.type === 'article') items.push({ key: `article-${h.id}`, kind: 'article', title: clean(h.title), detail: [h.outlet, h.published].filter(Boolean).join(' · '), open: () => open.article(h.id) });
    else if (h.type === 'note') items.push({ key: `note-${h.id}`, kind: 'note', title: clean(h.title), detail: clean(h.snippet).slice(0, 90), open: () => open.note(h.id) });
    else if (h.type === 'claim' && h.articleId !== undefined) {
      const articleId = h.articleId;
      items.push({ key: `claim-${h.id}`, kind: 'claim', title: clean(h.snippet).slice(0, 120), detail: `${h.speaker ?? 'Unattributed'} · ${clean(h.title)}`, open: () => open.claim(articleId, h.id) });
    }
  }
  return items;
}

/** `onClose(ran)`: ran is true when a command or an item was chosen (it decides the focus then). */
export function CommandPalette({ commands, open, onClose }: { commands: readonly CommandSpec[]; open: ContentOpeners; onClose: (ran: boolean) => void }): JSX.Element {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [content, setContent] = useState<{ q: string; items: ContentItem[] }>({ q: '', items: [] });
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const openers = useRef(open);
  useEffect(() => {
    openers.current = open;
  });

  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    const t = window.setTimeout(() => {
      void findContent(q, {
        article: (id) => openers.current.article(id),
        note: (id) => openers.current.note(id),
        claim: (a, c) => openers.current.claim(a, c),
        entity: (id) => openers.current.entity(id),
      }).then((items) => live && setContent({ q, items }));
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [q]);

  const shown = useMemo<Entry[]>(() => {
    const cmds = paletteCommands(commands, query).map((command): Entry => ({ type: 'command', command }));
    const found = q.length >= 2 && content.q === q ? content.items.map((item): Entry => ({ type: 'content', item })) : [];
    return [...cmds, ...found];
  }, [commands, query, q, content]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const idOf = (e: Entry): string => (e.type === 'command' ? `cmd-${e.command.id}` : `found-${e.item.key}`);
  const available = (e: Entry): boolean => e.type === 'content' || e.command.enabled();

  const run = (e: Entry | undefined): void => {
    if (!e || !available(e)) return;
    onClose(true);
    if (e.type === 'command') e.command.run();
    else e.item.open();
  };

  const current = shown[Math.min(active, shown.length - 1)];
  return (
    <div className="palette-backdrop" onMouseDown={() => onClose(false)}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          className="palette-input"
          placeholder="Type a command, or words of an article, note, claim or entity…"
          aria-label="Command"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={current ? idOf(current) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') run(current);
            else if (e.key === 'Escape') onClose(false);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        <ul className="palette-list" id="palette-list" role="listbox" ref={list}>
          {shown.length === 0 && <li className="palette-empty">{q.length >= 2 && content.q !== q ? 'Looking…' : 'Nothing matches'}</li>}
          {shown.map((e, i) => (
            <li
              key={idOf(e)}
              id={idOf(e)}
              role="option"
              aria-selected={e === current}
              aria-disabled={!available(e)}
              className={`palette-item${e.type === 'content' ? ' palette-found' : ''}${available(e) ? '' : ' disabled'}`}
              onMouseMove={() => setActive(i)}
              onClick={() => run(e)}
            >
              {e.type === 'command' ? (
                <>
                  <span>{e.command.title}</span>
                  {e.command.keys?.[0] && <kbd>{shortcutLabel(e.command.keys[0])}</kbd>}
                </>
              ) : (
                <>
                  <span className="palette-kind">{KIND_LABEL[e.item.kind]}</span>
                  <span className="palette-title">{e.item.title}</span>
                  <span className="muted small palette-detail">{e.item.detail}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
