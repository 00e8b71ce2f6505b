// `[[` opens the note-link picker: after a space, an opening parenthesis or at the line start,
// with up to 80 characters of title (no brackets, no line break) typed so far.
const TRIGGER = /(?:^|\s|\()(\[\[([^\]\n[]{0,80}))$/;

export function noteLinkTrigger(text: string): { leadOffset: number; matchingString: string; replaceableString: string } | null {
  const m = TRIGGER.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { leadOffset: m.index + m[0].length - m[1].length, matchingString: m[2], replaceableString: m[1] };
}
