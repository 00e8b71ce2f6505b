// Team mode's local side: the team server this analyst connects to, and the local notes that are
// shared documents of a case. The notes stay in the local store (the working copy, saved as ever);
// the renderer co-edits them through the team server.
import { randomUUID } from 'node:crypto';
import { caseOfDocument, type TeamNoteLink } from '../contract/team';
import type { Note } from '../contract/methods';
import { TeamClientFile } from '../../store/team/client-file';
import type { ServiceImpl, ServiceInput } from './dispatch';
import { QuireError } from './errors';
import type { Notebook } from './notebook';

type TeamMethods = Pick<ServiceImpl, 'team.get' | 'team.set' | 'team.share' | 'team.open' | 'team.link' | 'team.seeded'>;

export function teamMethods(dbPath: string, notebook: () => Notebook): TeamMethods {
  const file = new TeamClientFile(dbPath);
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
