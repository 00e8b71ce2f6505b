// Whether a note is a shared document of a case, and the team server to co-edit it through.
import { api } from '../../../api/client';
import type { SharedNote } from './TeamCollabPlugin';

export async function sharedNoteOf(noteId: number): Promise<SharedNote | null> {
  const [link, { server }] = await Promise.all([api.call('team.link', { noteId }), api.call('team.get', {})]);
  return link && server ? { link, server } : null;
}
