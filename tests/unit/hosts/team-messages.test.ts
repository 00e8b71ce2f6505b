// What the team server reads from a client's message before Hocuspocus handles it, which case a
// document belongs to, and the page's CSP in team mode (the one team server's origin, nothing more).
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { caseOf, updateOf } from '../../../src-main/hosts/team/messages';
import { CSP, cspFor, websocketOrigin } from '../../../src-main/hosts/policy';
import { allowTeamRequest } from '../../../src-main/hosts/electron/guards';

function message(documentName: string, type: number, step?: number, payload?: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, type);
  if (step !== undefined) encoding.writeVarUint(e, step);
  if (payload) encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

describe('team server messages', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'words');
  const update = Y.encodeStateAsUpdate(doc);

  it('finds the update in sync step 2 and update messages only', () => {
    expect(updateOf(message('c/note/1', 0, 1, update))).toEqual(update);
    expect(updateOf(message('c/note/1', 0, 2, update))).toEqual(update);
    expect(updateOf(message('c/note/1', 0, 0, Y.encodeStateVector(doc)))).toBeNull();
    expect(updateOf(message('c/note/1', 1, undefined, new Uint8Array([1, 2])))).toBeNull();
    expect(updateOf(new Uint8Array([200]))).toBeNull();
  });

  it('names the case of a document, and nothing for a malformed name', () => {
    expect(caseOf('harbour/note/0b6f-2f6c')).toBe('harbour');
    expect(caseOf('harbour.2026/decisions/all')).toBe('harbour.2026');
    for (const bad of ['harbour', '/note/x', 'harbour/note/', '../x/note/y', 'a/b/c/d', 'harbour/Note/x']) expect(caseOf(bad), bad).toBeNull();
  });
});

describe('the CSP in team mode', () => {
  it("adds the team server's origin to connect-src and nothing else", () => {
    const csp = cspFor('wss://team.example.org/quire');
    expect(csp.split('; ').find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self' wss://team.example.org");
    expect(csp.replace(" wss://team.example.org", '')).toBe(CSP);
    expect(cspFor('ws://127.0.0.1:1234')).toContain("connect-src 'self' ws://127.0.0.1:1234;");
  });

  it('ignores anything but a ws:// or wss:// URL', () => {
    for (const bad of ['http://x', 'javascript:1', 'not a url', "ws://a'b"]) {
      expect(websocketOrigin(bad), bad).toBeNull();
      expect(cspFor(bad)).toBe(CSP);
    }
  });
});

describe("the desktop app's request block in team mode", () => {
  it("lets through WebSockets to the team server's origin only", () => {
    const team = 'wss://team.example.org/quire';
    expect(allowTeamRequest('wss://team.example.org/quire/harbour%2Fnote%2Fx', team)).toBe(true);
    expect(allowTeamRequest('wss://team.example.org:444/', team)).toBe(false);
    expect(allowTeamRequest('https://team.example.org/', team)).toBe(false);
    expect(allowTeamRequest('wss://evil.example.org/', team)).toBe(false);
    expect(allowTeamRequest('wss://team.example.org/', null)).toBe(false);
  });
});
