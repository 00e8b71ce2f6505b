// Compare (#6): relations between claims, suggested conflicts, sides, propositions, grades, and
// the views over them (side by side, stance matrix, timeline). Business rules live here; the
// conflict detection and alignment are the pure core/compare.
import type {
  ClaimBrief,
  ClaimRelation,
  ClaimSource,
  CompareView,
  ConflictSuggestion,
  Credibility,
  EvidenceFlag,
  Grades,
  Proposition,
  Reliability,
  Side,
  StanceMatrix,
  TimelineEntry,
} from '../contract/methods';
import { alignRows, explainPair, joinRelated, fragmentIds, normaliseText, sideOfClaim, suggestConflicts, type CompareClaim } from '../../core/compare/index';
import type { ArticleRow, ClaimRow, Store } from '../../store/index';
import { isUniqueViolation } from '../../store/index';
import { sourceKey, type ClaimGradeRow, type ClaimSpanKey, type RelationRow, type SideRow, type SourceGradeRow } from '../../store/compare';
import type { ServiceImpl, ServiceInput } from './dispatch';
import { QuireError, notFound } from './errors';
import { decide, quoted } from './decisions';

type CompareMethods = Pick<
  ServiceImpl,
  | 'relations.list'
  | 'relations.create'
  | 'relations.delete'
  | 'conflicts.suggest'
  | 'conflicts.accept'
  | 'conflicts.reject'
  | 'sides.list'
  | 'sides.save'
  | 'sides.delete'
  | 'propositions.list'
  | 'propositions.save'
  | 'propositions.delete'
  | 'stances.set'
  | 'grades.set'
  | 'compare.view'
  | 'compare.matrix'
  | 'compare.timeline'
>;

const DEFAULT_SUGGESTIONS = 50;

const toCompareClaim = (c: ClaimRow): CompareClaim => ({
  id: c.id,
  articleId: c.articleId,
  text: c.text,
  speaker: c.speaker,
  role: c.speakerRole,
  kind: c.kind,
  start: c.start,
  end: c.end,
  facts: c.facts,
});

const spanKey = (k: ClaimSpanKey): string => `${k.articleId}:${k.start}:${k.end}`;
const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Speakers by their entity's name where extraction or the analyst linked one, so the spellings of
 * one person ("Anatoly" / "Antoly Antonov") are one actor in sides, lanes, grades and suggestions.
 */
function withEntityNames(store: Store, claims: ClaimRow[], entities = store.entities.speakerEntities()): ClaimRow[] {
  return claims.map((c) => {
    const entity = entities.get(c.id);
    return entity && c.speaker !== null ? { ...c, speaker: entity.name } : c;
  });
}

/**
 * Everything the compare methods read, loaded once per call: claims, their articles and grades.
 * Claim briefs (with sources: the same statement by the same speaker in other articles) come from it.
 */
class Snapshot {
  readonly claims: ClaimRow[];
  readonly byId: Map<number, ClaimRow>;
  private readonly articles: Map<number, ArticleRow>;
  private readonly claimGrades: Map<number, ClaimGradeRow>;
  private readonly speakerGrades: Map<string, SourceGradeRow>;
  private readonly outletGrades: Map<string, SourceGradeRow>;
  private relayIndex: Map<string, ClaimRow[]> | null = null;

  /** Each claim's speaker entity (claims placed on sides by it). */
  private readonly speakers: Map<number, { id: number; name: string }>;

  constructor(store: Store) {
    this.speakers = store.entities.speakerEntities();
    this.claims = withEntityNames(store, store.claims.list(), this.speakers);
    this.byId = new Map(this.claims.map((c) => [c.id, c]));
    this.articles = new Map(store.articles.list().map((a) => [a.id, a]));
    this.claimGrades = store.compare.claimGrades();
    this.speakerGrades = store.compare.sourceGrades('speaker');
    this.outletGrades = store.compare.sourceGrades('outlet');
  }

  entityOf(claimId: number): number | null {
    return this.speakers.get(claimId)?.id ?? null;
  }

  /** The side a claim is on (its speaker entity first, never text when an entity side holds it). */
  sideOf(c: ClaimRow, sides: readonly Side[]): number | null {
    const members = sides.map((s) => ({ id: s.id, members: s.members, entityIds: s.entities.map((e) => e.id), entityNames: s.entities.map((e) => e.name) }));
    return sideOfClaim(c.speaker, this.entityOf(c.id), members, c.speakerRole);
  }

  claim(id: number): ClaimRow {
    const c = this.byId.get(id);
    if (!c) throw notFound('claim', id);
    return c;
  }

  /** Claims the analyst has not rejected. */
  live(): ClaimRow[] {
    return this.claims.filter((c) => c.status !== 'rejected');
  }

  article(id: number): ArticleRow | undefined {
    return this.articles.get(id);
  }

  grades(c: ClaimRow): Grades {
    const g = this.claimGrades.get(c.id);
    const outlet = this.articles.get(c.articleId)?.outlet ?? null;
    const source = (grades: Map<string, SourceGradeRow>, name: string | null): Grades['speaker'] => {
      if (!name?.trim()) return null;
      const s = grades.get(sourceKey(name));
      return { reliability: (s?.reliability ?? null) as Reliability | null, flags: (s?.flags ?? []) as EvidenceFlag[] };
    };
    return {
      claim: { credibility: (g?.credibility ?? null) as Credibility | null, flags: (g?.flags ?? []) as EvidenceFlag[] },
      speaker: source(this.speakerGrades, c.speaker),
      outlet: source(this.outletGrades, outlet),
    };
  }

  private readonly relayKeys = new Map<number, string>();

  /** The same words from the same speaker, wherever they were reported, have the same key. */
  relayKey(c: ClaimRow): string {
    let key = this.relayKeys.get(c.id);
    if (key === undefined) {
      key = `${c.speaker ? normaliseText(c.speaker) : ''}|${normaliseText(c.text)}`;
      this.relayKeys.set(c.id, key);
    }
    return key;
  }

  /**
   * One claim per statement: the first of those relaying the same words from the same speaker
   * (`prefer` when it is one of them).
   */
  statements(prefer?: number): ClaimRow[] {
    const live = this.live();
    const first = live.filter((c) => c.id === prefer);
    const seen = new Set<string>();
    return [...first, ...live]
      .filter((c) => {
        const key = this.relayKey(c);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((x, y) => x.id - y.id);
  }

  private relays(c: ClaimRow): ClaimRow[] {
    if (!this.relayIndex) {
      this.relayIndex = new Map();
      for (const x of this.live()) {
        const key = this.relayKey(x);
        const list = this.relayIndex.get(key) ?? [];
        list.push(x);
        this.relayIndex.set(key, list);
      }
    }
    // Several claims of one article with the same words are one source.
    const others = (this.relayIndex.get(this.relayKey(c)) ?? []).filter((x) => x.articleId !== c.articleId);
    const byArticle = new Map<number, ClaimRow>();
    for (const x of others) if (!byArticle.has(x.articleId)) byArticle.set(x.articleId, x);
    return [...byArticle.values()].sort((x, y) => (this.article(x.articleId)?.published ?? '9999').localeCompare(this.article(y.articleId)?.published ?? '9999') || x.id - y.id);
  }

  private source(c: ClaimRow): ClaimSource {
    const a = this.articles.get(c.articleId);
    return { claimId: c.id, articleId: c.articleId, articleTitle: a?.title ?? '', outlet: a?.outlet ?? null, published: a?.published ?? null };
  }

  brief(c: ClaimRow): ClaimBrief {
    const a = this.articles.get(c.articleId);
    return {
      id: c.id,
      articleId: c.articleId,
      text: c.text,
      speaker: c.speaker,
      speakerRole: c.speakerRole,
      articleTitle: a?.title ?? '',
      outlet: a?.outlet ?? null,
      published: a?.published ?? null,
      saidOn: c.saidOn ? { date: c.saidOn.date, precision: c.saidOn.precision } : null,
      status: c.status,
      grades: this.grades(c),
      sources: [this.source(c), ...this.relays(c).map((x) => this.source(x))],
    };
  }

  relation(r: RelationRow): ClaimRelation {
    return {
      id: r.id,
      kind: r.kind,
      a: this.brief(this.claim(r.a)),
      b: this.brief(this.claim(r.b)),
      rationale: r.rationale,
      origin: r.origin,
      createdAt: r.createdAt,
    };
  }

  /**
   * Claims worth showing in views: one per statement (relays are its sources), not rejected, not a
   * fragment inside another claim (unless the analyst confirmed it).
   */
  shown(): ClaimRow[] {
    const fragments = fragmentIds(this.live().map(toCompareClaim));
    return this.statements().filter((c) => !fragments.has(c.id) || c.status === 'confirmed');
  }
}

/** A cosine of this much between two articles' named entities means the same story. */
const SAME_STORY = 0.5;

/**
 * How surely two articles report one story: the cosine of the entities they name (people,
 * organisations, places; merged across spellings and scripts), each counted by how often the
 * article names it and weighted by how few articles name it, so the actors a story is about
 * count and a country named in passing does not. 1 for the same article.
 */
function storyOverlap(store: Store): (a: number, b: number) => number {
  const byArticle = store.entities.articleEntityCounts();
  const df = new Map<number, number>();
  for (const counts of byArticle.values()) for (const e of counts.keys()) df.set(e, (df.get(e) ?? 0) + 1);
  const n = Math.max(1, byArticle.size);
  const idf = (e: number): number => Math.log(1 + n / (df.get(e) ?? 1));
  const weight = (count: number, e: number): number => Math.sqrt(count) * idf(e);
  const norm = new Map([...byArticle].map(([id, counts]) => [id, Math.sqrt([...counts].reduce((m, [e, c]) => m + weight(c, e) ** 2, 0))]));
  const memo = new Map<string, number>();
  return (a, b) => {
    if (a === b) return 1;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let v = memo.get(key);
    if (v === undefined) {
      const ea = byArticle.get(a);
      const eb = byArticle.get(b);
      let dot = 0;
      if (ea && eb) for (const [e, c] of ea) if (eb.has(e)) dot += weight(c, e) * weight(eb.get(e)!, e);
      const length = (norm.get(a) ?? 0) * (norm.get(b) ?? 0);
      v = length > 0 ? Math.min(1, dot / length / SAME_STORY) : 0;
      memo.set(key, v);
    }
    return v;
  };
}

const who = (c: { speaker: string | null }): string => (c.speaker ? `${c.speaker}’s` : 'the unattributed');

const acceptedLabel = (r: ClaimRelation): string =>
  `Accepted the suggestion: ${who(r.a)} ${quoted(r.a.text)} ${r.kind.replace('_', ' ')} ${who(r.b)} ${quoted(r.b.text)}`;

/** A side as the contract shows it: its entities resolved through merges, by their current names. */
function toSide(store: Store, s: SideRow): Side {
  const entities: Side['entities'] = [];
  for (const raw of s.entityIds) {
    const id = store.entities.resolveId(raw);
    const row = id === undefined ? undefined : store.entities.get(id);
    if (row && !entities.some((e) => e.id === row.id)) entities.push({ id: row.id, name: row.name });
  }
  return { id: s.id, name: s.name, members: s.members, entities, position: s.position };
}

export function compareMethods(store: Store): CompareMethods {
  /** The analyst acted on these claims: re-extraction must leave them (and what hangs on them) alone. */
  const keep = (...ids: number[]): void => {
    for (const id of ids) store.claims.update(id, {});
  };

  const sidesFor = (sideIds: readonly number[] | undefined): Side[] => {
    const all = store.compare.sides().map((x) => toSide(store, x));
    if (!sideIds) return all;
    return sideIds.map((id) => {
      const s = all.find((x) => x.id === id);
      if (!s) throw notFound('side', id);
      return s;
    });
  };

  const propositionOut = (id: number): Proposition => {
    const p = store.compare.proposition(id);
    if (!p) throw notFound('proposition', id);
    return p;
  };

  const relate = (a: number, b: number, kind: ClaimRelation['kind'], rationale: string | null, origin: 'analyst' | 'suggestion', snap: Snapshot): ClaimRelation => {
    snap.claim(a);
    snap.claim(b);
    if (store.compare.findRelation(a, b, kind)) throw new QuireError('conflict', `claims ${a} and ${b} are already related as ${kind.replace('_', ' ')}`);
    let id: number;
    try {
      id = store.compare.insertRelation({ a, b, kind, rationale, origin });
    } catch (err) {
      if (isUniqueViolation(err)) throw new QuireError('conflict', `claims ${a} and ${b} are already related as ${kind.replace('_', ' ')}`);
      throw err;
    }
    keep(a, b);
    const row = store.compare.relation(id);
    if (!row) throw new QuireError('internal', 'the new relation was not stored');
    return snap.relation(row);
  };

  return {
    'relations.list': ({ claimId }: ServiceInput<'relations.list'>): ClaimRelation[] => {
      const snap = new Snapshot(store);
      if (claimId !== undefined) snap.claim(claimId);
      return store.compare.relations(claimId).map((r) => snap.relation(r));
    },

    'relations.create': ({ a, b, kind, rationale }: ServiceInput<'relations.create'>): ClaimRelation =>
      store.transaction(() => relate(a, b, kind, rationale?.trim() || null, 'analyst', new Snapshot(store))),

    'relations.delete': ({ id }: ServiceInput<'relations.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.compare.deleteRelation(id)) throw notFound('relation', id);
        return { deleted: id };
      }),

    'conflicts.suggest': ({ limit, claimId }: ServiceInput<'conflicts.suggest'>): ConflictSuggestion[] => {
      const snap = new Snapshot(store);
      if (claimId !== undefined && snap.claim(claimId).status === 'rejected') return [];
      const related = new Set(store.compare.relations().map((r) => pairKey(r.a, r.b)));
      const rejected = new Set(store.compare.rejectedPairs().map(([x, y]) => `${spanKey(x)}|${spanKey(y)}`));
      const isRejected = (a: ClaimRow, b: ClaimRow): boolean => {
        const ka = spanKey(a);
        const kb = spanKey(b);
        return rejected.has(`${ka}|${kb}`) || rejected.has(`${kb}|${ka}`);
      };
      // A statement relayed by several outlets is suggested once (its brief lists every source).
      const story = storyOverlap(store);
      const found = suggestConflicts(snap.statements(claimId).map(toCompareClaim), {
        limit: limit ?? DEFAULT_SUGGESTIONS,
        story: (a, b) => story(a.articleId, b.articleId),
        ...(claimId !== undefined ? { focus: claimId } : {}),
        exclude: (a, b) => related.has(pairKey(a, b)) || isRejected(snap.claim(a), snap.claim(b)),
      });
      return found.map((s) => ({
        a: snap.brief(snap.claim(s.a)),
        b: snap.brief(snap.claim(s.b)),
        score: s.score,
        reason: s.reason,
        signals: s.signals,
        shared: s.shared,
      }));
    },

    'conflicts.accept': ({ a, b, kind, rationale }: ServiceInput<'conflicts.accept'>): ClaimRelation =>
      decide(store, 'suggestion.accept', [{ kind: 'relation', a, b }, { kind: 'claim', id: a }, { kind: 'claim', id: b }], acceptedLabel, () => {
        const snap = new Snapshot(store);
        const ca = snap.claim(a);
        const cb = snap.claim(b);
        // Without the analyst's words, the suggestion's own reason is kept as the rationale.
        const why = rationale === undefined ? (explainPair(snap.live().map(toCompareClaim), toCompareClaim(ca), toCompareClaim(cb))?.reason ?? null) : rationale?.trim() || null;
        return relate(a, b, kind ?? 'contradicts', why, 'suggestion', snap);
      }),

    'conflicts.reject': ({ a, b }: ServiceInput<'conflicts.reject'>): { rejected: true } => {
      const ca = store.claims.get(a);
      if (!ca) throw notFound('claim', a);
      const cb = store.claims.get(b);
      if (!cb) throw notFound('claim', b);
      const [na, nb] = withEntityNames(store, [ca, cb]) as [ClaimRow, ClaimRow];
      const span = (c: ClaimRow): [number, number, number] => [c.articleId, c.start, c.end];
      const label = (): string => `Rejected the suggestion ${who(na)} ${quoted(na.text)} against ${who(nb)} ${quoted(nb.text)}`;
      return decide(store, 'suggestion.reject', [{ kind: 'rejected', a: span(ca), b: span(cb) }], label, () => {
        store.compare.reject(ca, cb);
        return { rejected: true as const };
      });
    },

    'sides.list': (): Side[] => store.compare.sides().map((x) => toSide(store, x)),

    'sides.save': ({ id, name, members, entityIds, position }: ServiceInput<'sides.save'>): Side =>
      store.transaction(() => {
        // The same member twice (in any case) is one member.
        const seen = new Set<string>();
        const unique = members.filter((m) => {
          const k = sourceKey(m);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        const clash = store.compare.sideByName(name);
        if (clash && clash.id !== id) throw new QuireError('conflict', `a side named "${name}" already exists`);
        let sideId: number;
        if (id === undefined) {
          sideId = store.compare.insertSide(name, position ?? store.compare.nextSidePosition(), unique);
        } else {
          const before = store.compare.side(id);
          if (!before) throw notFound('side', id);
          store.compare.updateSide(id, name, position ?? before.position, unique);
          sideId = id;
        }
        if (entityIds !== undefined) {
          const resolved = entityIds.map((e) => {
            const r = store.entities.resolveId(e);
            if (r === undefined) throw notFound('entity', e);
            return r;
          });
          store.compare.setSideEntities(sideId, [...new Set(resolved)]);
        }
        const saved = store.compare.side(sideId);
        if (!saved) throw new QuireError('internal', 'the side was not stored');
        return toSide(store, saved);
      }),

    'sides.delete': ({ id }: ServiceInput<'sides.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.compare.deleteSide(id)) throw notFound('side', id);
        return { deleted: id };
      }),

    'propositions.list': (): Proposition[] => store.compare.propositions(),

    'propositions.save': ({ id, text }: ServiceInput<'propositions.save'>): Proposition =>
      store.transaction(() => {
        if (id === undefined) return propositionOut(store.compare.insertProposition(text));
        if (!store.compare.updateProposition(id, text)) throw notFound('proposition', id);
        return propositionOut(id);
      }),

    'propositions.delete': ({ id }: ServiceInput<'propositions.delete'>): { deleted: number } =>
      store.transaction(() => {
        if (!store.compare.deleteProposition(id)) throw notFound('proposition', id);
        return { deleted: id };
      }),

    'stances.set': ({ propositionId, claimId, stance }: ServiceInput<'stances.set'>): Proposition =>
      store.transaction(() => {
        if (!store.compare.proposition(propositionId)) throw notFound('proposition', propositionId);
        if (!store.claims.get(claimId)) throw notFound('claim', claimId);
        store.compare.setStance(propositionId, claimId, stance);
        if (stance !== null) keep(claimId);
        return propositionOut(propositionId);
      }),

    'grades.set': (input: ServiceInput<'grades.set'>): Grades =>
      store.transaction(() => {
        const row = store.claims.get(input.claimId);
        if (!row) throw notFound('claim', input.claimId);
        const [claim] = withEntityNames(store, [row]) as [ClaimRow];
        if (input.credibility !== undefined || input.claimFlags !== undefined) {
          const before = store.compare.claimGrade(claim.id);
          store.compare.setClaimGrade(claim.id, {
            credibility: input.credibility === undefined ? (before?.credibility ?? null) : input.credibility,
            flags: input.claimFlags === undefined ? (before?.flags ?? []) : [...new Set(input.claimFlags)],
          });
          keep(claim.id);
        }
        if (input.speakerReliability !== undefined || input.speakerFlags !== undefined) {
          if (!claim.speaker?.trim()) throw new QuireError('bad_request', `claim ${claim.id} has no speaker to grade; set its speaker first`);
          const before = store.compare.sourceGrade('speaker', claim.speaker);
          store.compare.setSourceGrade('speaker', claim.speaker, {
            reliability: input.speakerReliability === undefined ? (before?.reliability ?? null) : input.speakerReliability,
            flags: input.speakerFlags === undefined ? (before?.flags ?? []) : [...new Set(input.speakerFlags)],
          });
        }
        if (input.outletReliability !== undefined || input.outletFlags !== undefined) {
          const outlet = store.articles.get(claim.articleId)?.outlet;
          if (!outlet?.trim()) throw new QuireError('bad_request', `the article of claim ${claim.id} names no outlet to grade; set its outlet first`);
          const before = store.compare.sourceGrade('outlet', outlet);
          store.compare.setSourceGrade('outlet', outlet, {
            reliability: input.outletReliability === undefined ? (before?.reliability ?? null) : input.outletReliability,
            flags: input.outletFlags === undefined ? (before?.flags ?? []) : [...new Set(input.outletFlags)],
          });
        }
        const snap = new Snapshot(store);
        return snap.grades(snap.claim(claim.id));
      }),

    'compare.view': ({ sideIds, q }: ServiceInput<'compare.view'>): CompareView => {
      const sides = sidesFor(sideIds);
      const snap = new Snapshot(store);
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matches = (c: ClaimRow): boolean => {
        const hay = `${c.text} ${c.speaker ?? ''}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      };
      const claims = snap.shown().filter(matches);
      const placed: { claim: ClaimRow; side: number }[] = [];
      let unassigned = 0;
      for (const c of claims) {
        const id = snap.sideOf(c, sides);
        const index = id === null ? -1 : sides.findIndex((s) => s.id === id);
        if (index < 0) unassigned++;
        else placed.push({ claim: c, side: index });
      }
      const relations = store.compare.relations();
      // An accepted relation is one row, wherever its two claims' words put them.
      const aligned = joinRelated(
        alignRows(
          placed.map((p) => toCompareClaim(p.claim)),
          placed.map((p) => p.side),
          sides.length,
        ),
        relations.map((r) => [r.a, r.b] as const),
      );
      return {
        sides,
        unassigned,
        rows: aligned.map((row) => {
          const inRow = new Set(row.cells.flat());
          return {
            topic: row.topic,
            cells: row.cells.map((ids) => ids.map((id) => snap.brief(snap.claim(id)))),
            relations: relations.filter((r) => inRow.has(r.a) && inRow.has(r.b)).map((r) => ({ a: r.a, b: r.b, kind: r.kind })),
          };
        }),
      };
    },

    'compare.matrix': ({ sideIds }: ServiceInput<'compare.matrix'>): StanceMatrix => {
      const sides = sidesFor(sideIds);
      const snap = new Snapshot(store);
      const propositions = store.compare.propositions();
      const cells = propositions.map((p) =>
        sides.map((side) => {
          const cell: StanceMatrix['cells'][number][number] = { supports: [], denies: [] };
          for (const e of p.evidence) {
            const c = snap.byId.get(e.claimId);
            if (!c || snap.sideOf(c, sides) !== side.id) continue;
            cell[e.stance].push(snap.brief(c));
          }
          return cell;
        }),
      );
      return { sides, propositions, cells };
    },

    'compare.timeline': ({ from, to, speaker, sideIds }: ServiceInput<'compare.timeline'>): TimelineEntry[] => {
      const sides = store.compare.sides().map((x) => toSide(store, x));
      if (sideIds) sidesFor(sideIds);
      const snap = new Snapshot(store);
      const who = speaker?.toLowerCase();
      const entries: (TimelineEntry & { start: number })[] = [];
      // A statement relayed by several outlets is placed once, at its earliest date.
      const earliest = new Map<string, { claim: ClaimRow; date: string }>();
      const fragments = fragmentIds(snap.live().map(toCompareClaim));
      for (const c of snap.live()) {
        if (fragments.has(c.id) && c.status !== 'confirmed') continue;
        const date = c.saidOn?.date ?? snap.article(c.articleId)?.published ?? null;
        if (!date) continue;
        const key = snap.relayKey(c);
        const seen = earliest.get(key);
        if (!seen || date < seen.date) earliest.set(key, { claim: c, date });
      }
      for (const { claim: c, date } of earliest.values()) {
        if ((from && date < from) || (to && date > to)) continue;
        if (who && !(c.speaker ?? '').toLowerCase().includes(who)) continue;
        const sideId = snap.sideOf(c, sides);
        if (sideIds && (sideId === null || !sideIds.includes(sideId))) continue;
        // Placed at the publication date, a statement is known only to precede it.
        const precision = c.saidOn ? c.saidOn.precision : 'unknown';
        entries.push({ claim: snap.brief(c), date, precision, sideId, start: c.start });
      }
      entries.sort((x, y) => x.date.localeCompare(y.date) || x.claim.articleId - y.claim.articleId || x.start - y.start);
      return entries.map(({ start: _start, ...e }) => e);
    },
  };
}
