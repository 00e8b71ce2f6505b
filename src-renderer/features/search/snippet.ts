// Search snippets carry their matches between U+E000 and U+E001: shown as <mark>.

export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/** Splits a snippet into plain and matched runs (markers removed; unbalanced markers tolerated). */
export function snippetRuns(snippet: string): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let match = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === MATCH_OPEN || ch === MATCH_CLOSE) {
      if (text) runs.push({ text, match });
      text = '';
      match = ch === MATCH_OPEN;
    } else text += ch;
  }
  if (text) runs.push({ text, match });
  return runs;
}
