// One entity's page: its name and kind (editable), aliases (pick some → split them off, after a
// confirmation), everything it said with quote, outlet and date (a click opens the reader at the
// claim), where it is mentioned, and the notes linking to it with the sentence around the link.
import { useState, type JSX } from 'react';
import type { EntityKind, EntityPage } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { KIND_LABEL, KINDS } from './kinds';

interface Props {
  page: EntityPage;
  /** The store changed: show entity `id` and reload. */
  onChanged: (id: number) => void;
  onOpenClaim: (articleId: number, claimId: number) => void;
  onOpenArticle: (articleId: number) => void;
  onOpenNote: (noteId: number) => void;
  onError: (message: string) => void;
}

export function EntityPageView({ page, onChanged, onOpenClaim, onOpenArticle, onOpenNote, onError }: Props): JSX.Element {
  const [name, setName] = useState(page.name);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [splitName, setSplitName] = useState<string | null>(null);

  const update = async (change: { name?: string; kind?: EntityKind }): Promise<void> => {
    try {
      await api.call('entities.update', { id: page.id, ...change });
      onChanged(page.id);
    } catch (err) {
      onError(`Could not change the entity: ${errorMessage(err)}`);
      setName(page.name);
    }
  };

  const split = async (): Promise<void> => {
    try {
      const created = await api.call('entities.split', { id: page.id, aliases: [...picked], ...(splitName?.trim() ? { name: splitName.trim() } : {}) });
      onChanged(created.id);
    } catch (err) {
      onError(`Could not split: ${errorMessage(err)}`);
    }
  };

  const togglePick = (alias: string): void =>
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(alias)) next.delete(alias);
      else next.add(alias);
      return next;
    });

  return (
    <article className="entity-page" aria-label={`Entity ${page.name}`}>
      <header className="entity-head">
        <input
          className="entity-title"
          aria-label="Entity name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            else if (e.key === 'Escape') {
              e.stopPropagation();
              setName(page.name);
            }
          }}
          onBlur={() => {
            if (name.trim() && name.trim() !== page.name) void update({ name: name.trim() });
            else setName(page.name);
          }}
        />
        <select aria-label="Kind" value={page.kind} onChange={(e) => void update({ kind: e.target.value as EntityKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </header>
      <p className="muted small entity-sub">
        {page.claims} claim{page.claims === 1 ? '' : 's'} · {page.mentions} mention{page.mentions === 1 ? '' : 's'} in {page.articles} article
        {page.articles === 1 ? '' : 's'}
        {page.analyst ? ' · edited by you' : ''}
      </p>

      <section aria-label="Aliases">
        <h3>Also written</h3>
        {page.aliases.length === 0 ? (
          <p className="muted small">No other spelling.</p>
        ) : (
          <ul className="entity-aliases">
            {page.aliases.map((a) => (
              <li key={a.alias}>
                <label title="Pick aliases to split them off into a new entity">
                  <input type="checkbox" checked={picked.has(a.alias)} onChange={() => togglePick(a.alias)} aria-label={`Pick alias ${a.alias}`} />
                  {a.alias}
                  {a.analyst && <span className="muted small"> (yours)</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
        {picked.size > 0 && (
          <div className="entities-merge" role="region" aria-label="Split">
            {splitName === null ? (
              <button type="button" className="btn small" onClick={() => setSplitName([...picked][0] ?? '')}>
                Split {picked.size} alias{picked.size === 1 ? '' : 'es'} into a new entity…
              </button>
            ) : (
              <>
                <label>
                  New entity{' '}
                  <input aria-label="New entity name" value={splitName} onChange={(e) => setSplitName(e.target.value)} />
                </label>
                <button type="button" className="btn small primary" onClick={() => void split()}>
                  Confirm split
                </button>
                <button type="button" className="btn small ghost" onClick={() => setSplitName(null)}>
                  Cancel
                </button>
              </>
            )}
          </div>
        )}
      </section>

      <section aria-label="Said">
        <h3>Said ({page.said.length})</h3>
        {page.said.length === 0 ? (
          <p className="muted small">No claim attributed to {page.name}.</p>
        ) : (
          <ul className="entity-said">
            {page.said.map((c) => (
              <li key={c.id}>
                <button type="button" className="entity-claim" data-claim-id={c.id} onClick={() => onOpenClaim(c.articleId, c.id)} title="Open in the reader">
                  <span className={`entity-quote ${c.kind}`}>{c.kind === 'direct' ? `“${c.text}”` : c.text}</span>
                  <span className="muted small entity-source">
                    {[c.outlet ?? c.articleTitle, c.saidOn?.date ?? c.published, c.channel].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Mentions">
        <h3>Mentioned in ({page.mentionsByArticle.length})</h3>
        <ul className="entity-articles">
          {page.mentionsByArticle.map((a) => (
            <li key={a.articleId}>
              <button type="button" className="entity-open" onClick={() => onOpenArticle(a.articleId)}>
                {a.title}
              </button>
              <span className="muted small">
                {' '}
                {[a.outlet, a.published].filter(Boolean).join(' · ')} · {a.mentions.length}× ({[...new Set(a.mentions.map((m) => m.text))].join(', ')})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-label="Backlinks">
        <h3>Linked from notes ({page.backlinks.length})</h3>
        {page.backlinks.length === 0 ? (
          <p className="muted small">No note links here yet: type [[ in a note to link {page.name}.</p>
        ) : (
          <ul className="entity-backlinks">
            {page.backlinks.map((b) => (
              <li key={b.id}>
                <button type="button" className="entity-open" onClick={() => onOpenNote(b.id)}>
                  {b.title}
                </button>
                {b.context && <div className="entity-context">{b.context}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
