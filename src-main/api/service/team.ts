// Team mode's local side: the team server this analyst connects to, and the local notes that are
// shared documents of a case. The notes stay in the local store (the working copy, saved as ever);
// the renderer co-edits them through the team server.
import { randomUUID } from 'node:crypto';
import { caseOfDocument, type TeamApplied, type TeamDecision, type TeamNoteLink } from '../contract/team';
import type { Claim, MethodInput, MethodName, MethodOutput, Note } from '../contract/methods';
import { TeamClientFile } from '../../store/team/client-file';
import { dispatch, type ServiceImpl, type ServiceInput } from './dispatch';
import type { Store } from '../../store/index';
import { QuireError } from './errors';
import { contentHash } from './text';
import type { Notebook } from './notebook';

type TeamMethods = Pick<ServiceImpl, 'team.get' | 'team.set' | 'team.share' | 'team.open' | 'team.link' | 'team.seeded' | 'team.decisions' | 'team.applyDecisions'>;

export interface TeamContext {
  dbPath: string;
  notebook(): Notebook;
  store(): Store;
  /** The service's own methods (a case's decisions are applied as the analyst's would be). */
  service(): ServiceImpl;
}

export function teamMethods({ dbPath, notebook, store, service }: TeamContext): TeamMethods {
  const file = new TeamClientFile(dbPath);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const r = await dispatch(service(), method, input);
    if (!r.ok) throw new QuireError(r.error.code, r.error.message);
    return r.value as MethodOutput<M>;
  };
  const linkOf = (noteId: number): TeamNoteLink | null => {
    const l = file.get().notes[String(noteId)];
    return l ? { noteId, documentName: l.documentName, caseName: caseOfDocument(l.documentName), seeded: l.seeded } : null;
  };
  const needLink = (noteId: number): TeamNoteLink => {
    const l = linkOf(noteId);
    if (!l) throw new QuireError('not_found', `note ${noteId} is not shared with a team`);
    return l;
  };
  const needServer = (): void => {
    if (!file.get().server) throw new QuireError('bad_request', 'no team server is set: connect to one first (team.set)');
  };
  return {
    'team.get': () => ({ server: file.get().server }),
    'team.set': ({ url, token, name }: ServiceInput<'team.set'>) => {
      const server = { url, token, name };
      file.update((s) => {
        s.server = server;
      });
      return { server };
    },
    'team.share': ({ noteId, caseName }: ServiceInput<'team.share'>): TeamNoteLink => {
      needServer();
      notebook().get(noteId);
      const known = linkOf(noteId);
      if (known) throw new QuireError('conflict', `note ${noteId} is shared already, as ${known.documentName}`);
      file.update((s) => {
        s.notes[String(noteId)] = { documentName: `${caseName}/note/${randomUUID()}`, seeded: false };
      });
      return needLink(noteId);
    },
    'team.open': ({ documentName, title }: ServiceInput<'team.open'>): Note => {
      needServer();
      const known = Object.entries(file.get().notes).find(([, l]) => l.documentName === documentName);
      if (known) return notebook().get(Number(known[0]));
      const note = notebook().create(title);
      file.update((s) => {
        s.notes[String(note.id)] = { documentName, seeded: true };
      });
      return note;
    },
    'team.link': ({ noteId }: ServiceInput<'team.link'>) => {
      notebook().get(noteId);
      return linkOf(noteId);
    },
    'team.decisions': async ({ articleIds }: ServiceInput<'team.decisions'>): Promise<TeamDecision[]> => {
      const out: TeamDecision[] = [];
      const by = file.get().server?.name ?? '';
      for (const articleId of articleIds) {
        const text = store().articles.text(articleId);
        if (text === undefined) throw new QuireError('not_found', `article ${articleId} does not exist`);
        // The hash the article was stored under (of its stored text), which every copy shares.
        const hash = contentHash(text);
        for (const c of await call('claims.list', { articleId })) {
          if (c.status === 'suggested') continue;
          out.push({ hash, start: c.start, end: c.end, status: c.status, speaker: c.speaker, by, at: new Date().toISOString() });
        }
      }
      return out;
    },
    'team.applyDecisions': async ({ decisions }: ServiceInput<'team.applyDecisions'>): Promise<TeamApplied> => {
      const result: TeamApplied = { applied: 0, unchanged: 0, unmatched: 0 };
      const claimsOf = new Map<string, Claim[] | null>();
      for (const d of decisions) {
        if (!claimsOf.has(d.hash)) {
          const article = store().articles.findByHash(d.hash);
          claimsOf.set(d.hash, article ? await call('claims.list', { articleId: article.id }) : null);
        }
        const claim = claimsOf.get(d.hash)?.find((c) => c.start === d.start && c.end === d.end);
        if (!claim) {
          result.unmatched++;
          continue;
        }
        const speakerChanges = d.speaker !== null && d.speaker !== claim.speaker;
        if (claim.status === d.status && !speakerChanges) {
          result.unchanged++;
          continue;
        }
        await call('claims.update', { id: claim.id, status: d.status, ...(speakerChanges ? { speaker: d.speaker } : {}) });
        result.applied++;
      }
      return result;
    },
    'team.seeded': ({ noteId }: ServiceInput<'team.seeded'>): TeamNoteLink => {
      needLink(noteId);
      file.update((s) => {
        const l = s.notes[String(noteId)];
        if (l) l.seeded = true;
      });
      return needLink(noteId);
    },
  };
}
