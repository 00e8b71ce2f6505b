// Entities: resolving an article's people, organisations and places against the stored ones
// (at import and re-extraction), linking claims to their speaker, and the analyst's list, page,
// rename, merge and split.
//
// Rules that keep the analyst in charge:
// - every surface form is an alias; a form the analyst placed (merge, split, rename) is an
//   'analyst' alias and decides where that form goes on every later import or re-extraction;
// - mentions moved one by one are 'analyst' mentions, which re-extraction keeps where they are;
// - a renamed entity keeps its name (extraction only ever lengthens an extracted name);
// - a merged-away id redirects to the entity it went into.
import type { Claim, ClaimHit, EntityKind, EntityPage, EntitySummary, ExtractedEntity, NoteRef } from '../contract/methods';
import { tokens, translitKey, type Entity } from '../../core/claims/entities';
import { formKey, fullerName, matchSpeaker, pickEntity, probeOf, probesOf, storedKind, type Candidate, type LocalEntity, type StoredKind } from '../../core/claims/entity-match';
import { quoteContext } from '../../core/export/quote-context';
import { ENTITY_LINK_TYPE, parseLexicalRoot } from '../../core/notes/lexical-json';
import { sentenceAroundLink } from '../../core/notes/link-sentence';
import type { Store } from '../../store/index';
import type { EntityListRow, EntityRow } from '../../store/entities';
import type { ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { decide } from './decisions';
import { toClaim } from './mappers';

/** Stored candidates for `name`: every entity holding an alias under one of its probes. */
function candidatesFor(store: Store, kind: StoredKind, name: string, cache: Map<number, Candidate>): Candidate[] {
  const ids = new Set(probesOf(kind, name).flatMap((p) => store.entities.idsByProbe(p)));
  const out: Candidate[] = [];
  for (const id of ids) {
    let c = cache.get(id);
    if (!c) {
      const row = store.entities.get(id);
      if (!row) continue;
      c = { id, kind: row.kind, name: row.name, forms: store.entities.aliases(id).map((a) => a.alias) };
      cache.set(id, c);
    }
    out.push(c);
  }
  return out;
}

/** The entity an exact written form belongs to: an analyst alias first, else the oldest holder. */
function byForm(store: Store, form: string, kind: StoredKind): number | null {
  const rows = store.entities.byAlias(form).filter((r) => (r.kind === 'person') === (kind === 'person'));
  const analyst = [...new Set(rows.filter((r) => r.origin === 'analyst').map((r) => r.entityId))];
  if (analyst.length === 1) return analyst[0]!;
  if (analyst.length > 1) return null;
  return rows[0]?.entityId ?? null;
}

function analystForm(store: Store, form: string): number | null {
  const ids = [...new Set(store.entities.byAlias(form).filter((r) => r.origin === 'analyst').map((r) => r.entityId))];
  return ids.length === 1 ? ids[0]! : null;
}

/**
 * Stores an article's extracted entities (call inside the article's transaction): each joins
 * the stored entity it names, or becomes a new one; then the article's claims without a speaker
 * entity are linked. Offsets are checked against the text: only exact slices are stored.
 */
export function recordArticleEntities(store: Store, articleId: number, text: string, entities: readonly Entity[]): void {
  const cache = new Map<number, Candidate>();
  const local = new Map<number, Set<string>>();
  const locked = new Set(store.entities.mentionsInArticle(articleId).filter((m) => m.origin === 'analyst').map((m) => `${m.start}:${m.end}`));
  for (const e of entities) {
    const kind = storedKind(e.kind);
    const mentions = e.mentions.filter((m) => m.end > m.start && m.start >= 0 && text.slice(m.start, m.end) === m.text && !locked.has(`${m.start}:${m.end}`));
    if (mentions.length === 0) continue;
    const forms = [...new Set([e.name, ...e.aliases, ...mentions.map((m) => m.text)])];
    // The entity as a whole, by the forms the analyst has not placed elsewhere: a form already
    // stored, else the best similar stored entity, else a new one.
    const placedForms = new Map(forms.map((f) => [f, analystForm(store, f)]));
    const free = forms.filter((f) => placedForms.get(f) === null);
    let target: number | null = free.length === 0 ? (placedForms.get(e.name) ?? null) : null;
    for (const f of free) {
      target ??= byForm(store, f, kind);
    }
    const name = free.includes(e.name) ? e.name : ([...free].sort((a, b) => b.length - a.length)[0] ?? e.name);
    target ??= pickEntity(kind, name, candidatesFor(store, kind, name, cache));
    const found = target === null ? undefined : store.entities.get(target);
    let targetId: number;
    let targetKind: StoredKind;
    if (!found) {
      targetId = store.entities.create(name, kind);
      targetKind = kind;
      if (kind === 'person') absorbSurnamePlace(store, targetId, name);
    } else {
      targetId = found.id;
      targetKind = found.kind;
      // A one-word place found to be a person's surname joins as the person; names only grow,
      // and a name the analyst gave stays.
      const fuller = found.kind === kind ? fullerName(found.name, name) : found.name;
      if (found.origin === 'extracted' && fuller !== found.name) {
        store.entities.update(found.id, { name: fuller });
        if (found.kind === 'person') absorbSurnamePlace(store, found.id, fuller);
      }
    }
    const placed = new Map<number, typeof mentions>();
    for (const m of mentions) {
      // A form the analyst placed elsewhere goes there.
      const owner = placedForms.get(m.text) ?? targetId;
      placed.set(owner, [...(placed.get(owner) ?? []), m]);
    }
    for (const [owner, ms] of placed) {
      store.entities.insertMentions(owner, articleId, ms);
      const seen = local.get(owner) ?? new Set<string>();
      for (const m of ms) seen.add(m.text);
      local.set(owner, seen);
    }
    for (const f of free) store.entities.addAlias(targetId, f, probeOf(targetKind, f));
    cache.delete(targetId);
  }
  // Analyst mentions kept from before count as this article's entities too.
  for (const m of store.entities.mentionsInArticle(articleId)) {
    const seen = local.get(m.entityId) ?? new Set<string>();
    seen.add(m.text);
    local.set(m.entityId, seen);
  }
  linkSpeakers(store, articleId, local, cache);
}

/**
 * The other direction of "a one-word place that is exactly one person's surname is that person":
 * a person newly known by a full name takes in an extracted one-word place entity of its surname
 * stored before ("Biden" alone in an earlier article), when no other person has that surname and
 * the analyst has not touched the place. Either import order then gives the same entities.
 */
function absorbSurnamePlace(store: Store, personId: number, personName: string): void {
  const parts = tokens(personName);
  const surname = parts.at(-1);
  if (parts.length < 2 || surname === undefined) return;
  const key = translitKey(surname);
  const others = candidatesFor(store, 'person', surname, new Map()).filter(
    (c) => c.id !== personId && c.kind === 'person' && c.forms.some((f) => translitKey(tokens(f).at(-1) ?? '') === key),
  );
  if (others.length > 0) return;
  const places = store.entities
    .idsByProbe(probeOf('place', surname))
    .map((id) => ({ row: store.entities.get(id), aliases: store.entities.aliases(id) }))
    .filter(({ row, aliases }) => row?.kind === 'place' && row.origin === 'extracted' && aliases.every((a) => a.origin === 'extracted' && translitKey(a.alias) === key));
  if (places.length !== 1) return;
  store.entities.mergeInto(places[0]!.row!.id, personId, (f) => probeOf('person', f), 'extracted');
}

function linkSpeakers(store: Store, articleId: number, local: Map<number, Set<string>>, cache: Map<number, Candidate>): void {
  const unlinked = store.entities.unlinkedClaims(articleId);
  if (unlinked.length === 0) return;
  const here: LocalEntity[] = [];
  for (const [id, forms] of local) {
    const row = store.entities.get(id);
    if (row) here.push({ id, kind: row.kind, forms: [row.name, ...forms] });
  }
  const bySpeaker = new Map<string, number | null>();
  for (const c of unlinked) {
    const key = formKey(c.speaker);
    if (!bySpeaker.has(key)) bySpeaker.set(key, speakerEntity(store, c.speaker, here, cache));
    const id = bySpeaker.get(key) ?? null;
    if (id !== null) store.entities.linkClaim(c.id, id);
  }
}

/** The entity a speaker string names: in its article first, else anywhere in the store. */
function speakerEntity(store: Store, speaker: string, here: readonly LocalEntity[], cache: Map<number, Candidate>): number | null {
  const inArticle = matchSpeaker(speaker, here);
  if (inArticle !== null) return inArticle;
  const analyst = analystForm(store, speaker);
  if (analyst !== null) return analyst;
  const holders = [...new Set(store.entities.byAlias(speaker).map((r) => r.entityId))];
  if (holders.length === 1) return holders[0]!;
  const words = speaker.trim().split(/\s+/);
  // A name of a person is two to four capitalised words; anything else only matches by its folded form.
  const person = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
  const kind: StoredKind = person ? 'person' : 'organization';
  return pickEntity(kind, speaker, candidatesFor(store, kind, speaker, cache));
}

/** Re-links one claim's speaker after the analyst changed it (inside the change's transaction). */
export function relinkClaimSpeaker(store: Store, claimId: number): void {
  const claim = store.claims.get(claimId);
  if (!claim) return;
  store.entities.linkClaim(claimId, null);
  if (!claim.speaker) return;
  const local = new Map<number, Set<string>>();
  for (const m of store.entities.mentionsInArticle(claim.articleId)) {
    const seen = local.get(m.entityId) ?? new Set<string>();
    seen.add(m.text);
    local.set(m.entityId, seen);
  }
  linkSpeakers(store, claim.articleId, local, new Map());
}

/** A claim as claims.update / claims.create return it: with its speaker entity (null when none). */
export function withSpeakerEntity(store: Store, claim: Claim): Claim {
  const id = store.entities.speakerEntityOf(claim.id);
  const row = id === null ? undefined : store.entities.get(id);
  return { ...claim, speakerEntity: row ? { id: row.id, name: row.name } : null };
}

/** What articles.extract shows of an article's entities. */
export const extractedEntities = (entities: readonly Entity[]): ExtractedEntity[] =>
  entities.map((e) => ({ kind: storedKind(e.kind), name: e.name, aliases: [...e.aliases], mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })) }));

const summaryOf = (r: EntityListRow): EntitySummary => ({ id: r.id, name: r.name, kind: r.kind, mentions: r.mentions, articles: r.articles, claims: r.claims });

function summary(store: Store, id: number): EntitySummary {
  const mentions = store.entities.mentions(id);
  const claims = store.entities.claimIds(id).filter((c) => store.claims.get(c)?.status !== 'rejected').length;
  const row = store.entities.get(id);
  if (!row) throw notFound('entity', id);
  return { id, name: row.name, kind: row.kind, mentions: mentions.length, articles: new Set(mentions.map((m) => m.articleId)).size, claims };
}

export function entityPage(store: Store, requested: number): EntityPage {
  const id = store.entities.resolveId(requested);
  const row = id === undefined ? undefined : store.entities.get(id);
  if (id === undefined || !row) throw notFound('entity', requested);
  const aliases = store.entities.aliases(id);
  const articles = new Map<number, { title: string; outlet: string | null; published: string | null; text: string } | undefined>();
  const article = (articleId: number) => {
    if (!articles.has(articleId)) articles.set(articleId, store.articles.getWithText(articleId));
    return articles.get(articleId);
  };
  const byArticle = new Map<number, EntityPage['mentionsByArticle'][number]>();
  for (const m of store.entities.mentions(id)) {
    const a = article(m.articleId);
    if (!a) continue;
    let entry = byArticle.get(m.articleId);
    if (!entry) {
      entry = { articleId: m.articleId, title: a.title, outlet: a.outlet, published: a.published, mentions: [] };
      byArticle.set(m.articleId, entry);
    }
    entry.mentions.push({ id: m.id, start: m.start, end: m.end, text: m.text });
  }
  const said: ClaimHit[] = [];
  for (const claimId of store.entities.claimIds(id)) {
    const claim = store.claims.get(claimId);
    const a = claim ? article(claim.articleId) : undefined;
    if (!claim || !a || claim.status === 'rejected') continue;
    said.push({
      ...toClaim(claim),
      speakerEntity: { id, name: row.name },
      articleTitle: a.title,
      outlet: a.outlet,
      published: a.published,
      context: quoteContext(a.text, claim.start, claim.end),
    });
  }
  said.sort((x, y) => (x.saidOn?.date ?? x.published ?? '').localeCompare(y.saidOn?.date ?? y.published ?? '') || x.articleId - y.articleId || x.start - y.start);
  const byArticleList = [...byArticle.values()].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.articleId - y.articleId);
  return {
    ...summary(store, id),
    aliases: aliases.filter((a) => a.alias !== row.name).map((a) => ({ alias: a.alias, analyst: a.origin === 'analyst' })),
    analyst: row.origin === 'analyst' || aliases.some((a) => a.origin === 'analyst'),
    mentionsByArticle: byArticleList,
    said,
    backlinks: backlinks(store, id, row.name),
  };
}

function backlinks(store: Store, id: number, name: string): NoteRef[] {
  return store.entities.backlinks(id).map((n) => {
    let context = '';
    try {
      context = sentenceAroundLink(parseLexicalRoot(n.content), (node) => {
        if (node.type !== ENTITY_LINK_TYPE) return null;
        const target = store.entities.resolveId(Number(node.entityId)) === id;
        return { text: target ? name : typeof node.name === 'string' ? node.name : '', target };
      });
    } catch {
      context = '';
    }
    return { id: n.id, title: n.title, context };
  });
}

function existing(store: Store, id: number): EntityRow {
  const row = store.entities.get(id);
  if (!row) throw notFound('entity', id);
  return row;
}

export function entityMethods(store: Store) {
  return {
    'entities.list': ({ q, kind, limit }: ServiceInput<'entities.list'>): EntitySummary[] =>
      // A name typed in another transliteration ("Nebenzya") finds the entity too (surname probe).
      store.entities.list({ ...(q ? { q, ...(q.length >= 4 ? { probe: probeOf('person', q) } : {}) } : {}), ...(kind ? { kind } : {}), limit: limit ?? 1000 }).map(summaryOf),

    'entities.get': ({ id }: ServiceInput<'entities.get'>): EntityPage => entityPage(store, id),

    'entities.update': ({ id, name, kind }: ServiceInput<'entities.update'>): EntityPage => {
      const was = existing(store, id);
      const label = (): string => (name !== undefined && name !== was.name ? `Renamed ${was.name} to ${name}` : `Changed ${was.name}’s kind to ${kind ?? was.kind}`);
      return decide(store, 'entity.rename', [{ kind: 'entities', ids: [id] }], label, () => {
        const row = existing(store, id);
        const nextKind: EntityKind = kind ?? row.kind;
        store.entities.update(id, { ...(name !== undefined ? { name } : {}), kind: nextKind, origin: 'analyst' });
        // Forms are keyed for the kind, so later imports find the entity under the new one.
        if (nextKind !== row.kind) store.entities.rekeyAliases(id, (f) => probeOf(nextKind, f));
        // The name the analyst gave decides where that form goes from now on.
        if (name !== undefined) store.entities.addAlias(id, name, probeOf(nextKind, name), 'analyst');
        return entityPage(store, id);
      });
    },

    'entities.merge': ({ ids, into }: ServiceInput<'entities.merge'>): EntityPage => {
      const target = existing(store, into);
      const from = [...new Set(ids)].filter((i) => i !== into);
      const names = from.map((i) => existing(store, i).name);
      const label = (): string => `Merged ${names.join(', ')} into ${target.name}`;
      return decide(store, 'entity.merge', [{ kind: 'entities', ids: [into, ...from] }], label, () => {
        for (const i of from) store.entities.mergeInto(i, into, (f) => probeOf(target.kind, f));
        store.entities.update(into, { origin: 'analyst' });
        return entityPage(store, into);
      });
    },

    'entities.split': ({ id, aliases = [], mentionIds = [], name, kind }: ServiceInput<'entities.split'>): EntityPage => {
      const was = existing(store, id);
      // The new entity's id is learnt from the result; its rows did not exist before.
      const split = (): EntityPage => {
        const row = existing(store, id);
        const forms = store.entities.aliases(id).map((a) => a.alias);
        const moveForms = [...new Set(aliases)].map((a) => {
          const found = forms.find((f) => f === a) ?? forms.find((f) => f.toLowerCase() === a.toLowerCase());
          if (!found) throw new QuireError('bad_request', `“${a}” is not an alias of entity ${id}`);
          return found;
        });
        const mentions = store.entities.mentions(id);
        for (const m of mentionIds) {
          if (!mentions.some((x) => x.id === m)) throw new QuireError('bad_request', `mention ${m} is not a mention of entity ${id}`);
        }
        const movedForms = new Set(moveForms);
        const formMentions = mentions.filter((m) => movedForms.has(m.text)).map((m) => m.id);
        const single = mentionIds.filter((m) => !formMentions.includes(m));
        const leftForms = forms.filter((f) => !movedForms.has(f));
        const leftMentions = mentions.length - formMentions.length - single.length;
        if (leftForms.length === 0 && leftMentions <= 0) throw new QuireError('bad_request', 'a split must leave the entity something: keep at least one alias or mention');
        const newKind: EntityKind = kind ?? row.kind;
        const newName = name ?? moveForms[0] ?? mentions.find((m) => m.id === single[0])?.text ?? row.name;
        const newId = store.entities.create(newName, newKind, 'analyst');
        for (const f of moveForms) store.entities.moveAlias(id, f, newId, probeOf(newKind, f));
        // The new name is the analyst's; a name taken from one mention stays findable but decides nothing.
        store.entities.addAlias(newId, newName, probeOf(newKind, newName), movedForms.has(newName) || name !== undefined ? 'analyst' : 'extracted');
        store.entities.moveMentions(formMentions, newId, false);
        store.entities.moveMentions(single, newId, true);
        store.entities.moveClaimsBySpeaker(id, moveForms, newId);
        if (movedForms.has(row.name)) store.entities.update(id, { name: leftForms.sort((a, b) => b.length - a.length)[0] ?? row.name, origin: 'analyst' });
        else store.entities.update(id, { origin: 'analyst' });
        return entityPage(store, newId);
      };
      return decide(store, 'entity.split', [{ kind: 'entities', ids: [id] }], (page) => `Split ${page.name} from ${was.name}`, split, (page) => [{ kind: 'entities', ids: [page.id] }]);
    },
  };
}
