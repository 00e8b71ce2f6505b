// Direct speech in Russian and Ukrainian text: quotes in « », „ “, “ ” and straight marks, nested
// in one another (only the outermost is a claim; the inner marks stay in its text), and speech
// introduced by a dash ("— …, — отметила она. — …"). A quote or dash speech interrupted by its
// attribution ("«A, — сказал он. — B»") gives two parts, each with the attribution between them.
import type { TextRange } from '../../text/ranges';

export interface SpeechPart {
  /** The claim span: the words, without marks, dashes, surrounding space or a trailing , ; : or final period. */
  start: number;
  end: number;
  /** Where the quote marks (or the dash) begin and end. */
  open: number;
  close: number;
  paragraph: number;
  /** The attribution written inside the quote or after the dash speech ("сказал он"), when there is one. */
  attribution: TextRange | null;
  dash: boolean;
  /** False when the quote is still open at its paragraph's end (it goes on in the next one). */
  closed: boolean;
}

const MARKS = /[«»„“”"]/g;
/** A dash opening speech or an attribution: em dash, en dash, or a hyphen standing alone. */
const DASH = /^[—–-]$/;

const spaceAt = (text: string, i: number): boolean => i < 0 || i >= text.length || /\s/.test(text[i]!);

/** The claim span inside `start`..`end`: trimmed of space, leading dashes and trailing , ; : and one final period. */
function inner(text: string, start: number, end: number): TextRange {
  while (start < end && (/\s/.test(text[start]!) || (DASH.test(text[start]!) && spaceAt(text, start + 1)))) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Outermost quote spans of one paragraph: [open mark, just past the closing mark, closed?]. */
function outerQuotes(text: string, para: TextRange): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  const stack: string[] = [];
  let openAt = -1;
  MARKS.lastIndex = para.start;
  for (let m = MARKS.exec(text); m && m.index < para.end; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const top = stack[stack.length - 1];
    const opensHere = !spaceAt(text, i + 1) && (spaceAt(text, i - 1) || /[([{—–\-/:;,.]/.test(text[i - 1]!));
    if (ch === '»') {
      const k = stack.lastIndexOf('«');
      if (k >= 0) stack.length = k;
    } else if (ch === '«') {
      stack.push('«');
    } else if (ch === '„') {
      stack.push('„');
    } else if (ch === '“') {
      if (top === '„' || (top === '“' && !opensHere)) stack.pop();
      else stack.push('“');
    } else if (ch === '”') {
      if (top === '“' || top === '„') stack.pop();
      else if (top === '”' && !opensHere) stack.pop();
      else if (opensHere) stack.push('”');
    } else if (ch === '"') {
      if (top === '"' && !(spaceAt(text, i - 1) && opensHere)) stack.pop();
      else if (opensHere) stack.push('"');
    }
    if (stack.length > 0 && openAt < 0) openAt = i;
    else if (stack.length === 0 && openAt >= 0) {
      out.push([openAt, i + 1, true]);
      openAt = -1;
    }
  }
  if (openAt >= 0) out.push([openAt, para.end, false]);
  return out;
}

/**
 * Splits `from`..`to` at attributions written between dashes: "A, — сказал он. — B" gives the
 * parts A and B with "сказал он" after A. `isAttribution` says whether a stretch holds one.
 */
function splitAtAttribution(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  open: number,
  close: number,
  dash: boolean,
  closed: boolean,
  isAttribution: (r: TextRange) => boolean,
): SpeechPart[] {
  const parts: SpeechPart[] = [];
  let partStart = from;
  let i = from;
  while (i < to) {
    // ", — " / "! — " / "? — " / "… — " / ",— ": the words before are speech, an attribution follows.
    const c = text[i]!;
    if (/[,!?…]/.test(c)) {
      let j = i + 1;
      while (j < to && text[j] === ' ') j++;
      if (j < to && DASH.test(text[j]!) && spaceAt(text, j + 1)) {
        const attrStart = j + 1;
        // The attribution runs to ". — " (the speech goes on), or to the end.
        let k = attrStart;
        let attrEnd = to;
        let next = to;
        for (; k < to; k++) {
          if (/[.,:]/.test(text[k]!)) {
            let d = k + 1;
            while (d < to && text[d] === ' ') d++;
            if (d < to && DASH.test(text[d]!) && spaceAt(text, d + 1)) {
              attrEnd = k;
              next = d + 1;
              break;
            }
          }
        }
        const attribution = inner(text, attrStart, attrEnd);
        if (attribution.end - attribution.start < 200 && isAttribution(attribution)) {
          const r = inner(text, partStart, c === ',' ? i : i + 1);
          if (r.end > r.start) parts.push({ ...r, open, close, paragraph, attribution, dash, closed: true });
          partStart = next;
          i = next;
          continue;
        }
      }
    }
    i++;
  }
  const r = inner(text, partStart, to);
  if (r.end > r.start && /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end))) parts.push({ ...r, open, close, paragraph, attribution: null, dash, closed });
  return parts;
}

/** All direct speech of the text, paragraph by paragraph, in order. */
export function findSpeech(text: string, paragraphs: readonly TextRange[], isAttribution: (r: TextRange) => boolean): SpeechPart[] {
  const out: SpeechPart[] = [];
  paragraphs.forEach((para, p) => {
    if (DASH.test(text[para.start]!) && spaceAt(text, para.start + 1)) {
      // Dash speech: the paragraph is the speech, with its attributions inside.
      out.push(...splitAtAttribution(text, para.start + 1, para.end, p, para.start, para.end, true, true, isAttribution));
      return;
    }
    for (const [open, close, closed] of outerQuotes(text, para)) {
      const to = closed ? close - 1 : close;
      out.push(...splitAtAttribution(text, open + 1, to, p, open, close, false, closed, isAttribution));
    }
  });
  return out;
}
