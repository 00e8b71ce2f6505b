// Lines that belong to the page around an article, not to the article: photo captions and
// credits, reading-time badges, share / comment / sign-up prompts, related-content headers.
// Patterns are general page furniture; a line is dropped only when the whole line matches.
import { isTimestampLine } from './dates';
import { stripMarkupEdges } from '../text/edges';

/** Whole-line furniture (matched against the trimmed line, case-insensitive). */
const FURNITURE: readonly RegExp[] = [
  /^(?:license|licence|buy|enlarge|view|hide|toggle|show)\s+(?:this\s+)?(?:photo|image|caption|gallery)s?$/i,
  /^(?:photo|image|video|gallery|caption|advert|advertisement|advertising|sponsored|ad|print|email|share|tweet|comments?)$/i,
  /^\d+\s*(?:mins?|minutes?)\s*(?:read|reading)$/i,
  /^(?:updated|published|posted)?\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
  /^(?:reading\s+time|read\s+time|estimated\s+reading\s+time)(?:\s*:)?\s*\d+\s*(?:mins?|minutes?)\.?$/i,
  /^leave\s+a\s+(?:reply|comment|response)\.?$/i,
  /^(?:cancel\s+reply|post\s+comment|add\s+a\s+comment|join\s+the\s+(?:conversation|discussion))\.?$/i,
  /^\d+\s+comments?$/i,
  /^your\s+email\s+address\s+will\s+not\s+be\s+published\.?(?:\s*required\s+fields\s+are\s+marked\s*\*?)?$/i,
  /^required\s+fields\s+are\s+marked\s*\*?$/i,
  /^send\s+this\s+to\s+a\s+friend$/i,
  /^(?:share|send|email|post|pin)\s+(?:this|on|via|to)\b.{0,40}$/i,
  /^(?:click|tap)\s+(?:here\s+)?to\s+(?:share|comment|subscribe|sign\s+up|read\s+more|print|email)\b.{0,60}$/i,
  /^(?:sign\s+up|subscribe|register)\b.{0,80}(?:newsletter|updates|inbox|free|alerts|today|now)[.!]?$/i,
  /^(?:follow\s+us|like\s+us)\s+on\b.{0,60}$/i,
  /^(?:recommended|related|featured|trending|popular|more)\s+(?:videos?|stories|articles?|topics|reading|content|news|posts|links)\s*:?$/i,
  /^(?:read\s+more|see\s+(?:also|more)|also\s+read|watch|listen|related)\s*:.{0,150}$/i,
  /^(?:click|tap)\s+here\b.{0,80}$/i,
  /^.{0,80}\bby\s+clicking\s+here[.!]?$/i,
  /^this\s+(?:slideshow|video|content|page|feature|player)\s+requires\s+javascript\.?$/i,
  /^this\s+(?:post|article|page|story)\s+(?:may\s+)?contains?\s+affiliate\b.{0,120}$/i,
  /^(?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|scroll\s+to\s+top)$/i,
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})).{0,150}$/i,
  /^all\s+rights\s+reserved\.?$/i,
  /^\((?:reporting|writing|editing|additional\s+reporting)\s+by\b[^()]{0,200}\)\.?$/i,
  /^(?:comment|comments)\s+on\s+this\s+(?:story|article)\.?$/i,
  /^[=\-~]{3,}$/,
  /^(?:(?:updated|published|posted)\s*)?(?::\s*)?\d{1,2}:\d{2}(?:\s*(?:am|pm))?(?:\s*[A-Z]{2,4})?$/i,
  // Licence and reuse lines.
  /^(?:this\s+(?:article|story|work|photo|image|content)\s+is\s+)?licen[cs]ed\s+under\b.{0,150}$/i,
  /^(?:republish|reuse|reprint)\s+(?:this|our)\s+(?:article|story|content|photo)s?\b.{0,80}$/i,
  /^this\s+material\s+may\s+not\s+be\s+published,?\s+broadcast.{0,80}$/i,
  // Share and comment widgets.
  /^(?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|telegram|reddit|pinterest|print|copy\s+link|vk|messenger|flipboard|share)[\s,|·•/]*){2,}$/i,
  /^(?:view|show|load|hide|read|see|open|add)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i,
  /^comments?\s*\(\d+\)$/i,
  /^(?:sign\s+in|log\s+in|register)\s+to\s+(?:comment|continue|read|reply)\b.{0,60}$/i,
  // Sign-up prompts.
  /^get\s+(?:our|the)\b.{0,60}\bnewsletter\b.{0,80}$/i,
  /^(?:enter\s+your\s+email(?:\s+address)?|email\s+address)\b.{0,60}$/i,
  /^(?:already\s+a\s+(?:subscriber|member)|already\s+have\s+an\s+account)\??.{0,60}$/i,
  /^thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing)\b.{0,100}$/i,
  /^(?:story|article|text)\s+continues\s+(?:below|after)\b.{0,30}$/i,
  /^(?:recommended\s+for\s+you|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed|shared)|don['’]?t\s+miss)\s*:?$/i,
];

/** Caption or credit: "1 of 2 | … Photo by …/UPI |", "Photo: Jane Doe/AP", "(Getty Images)". */
const CAPTION: readonly RegExp[] = [
  /^\d+\s+of\s+\d+\s*\|/,
  /^[^|].*\|\s*$/,
  /^(?:photo|photograph|image|picture|credit|source|pictured)(?:\s*(?:by|credit))?\s*:.{0,120}$/i,
  /^\(?\s*(?:photo|photograph|image|picture)\s+(?:by|credit|courtesy(?:\s+of)?)\b.{0,120}\)?$/i,
  /(?:^|[.)]\s+)(?:Photo|Photograph|Image|Picture)\s+(?:by|courtesy\s+of)\s+\S+(?:\s+\S+){0,5}\s*$/,
  /^\(?\s*(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}(?:\/\s*)?(?:getty\s+images|afp|reuters|ap\s+photo|epa|shutterstock)(?:\s+via\s+[^.)]{0,39}[^.\s)])?\s*\)?$/iu,
  /^\(\s*(?:photo|image|picture|video)s?\s*:.{0,120}\)$/i,
  /^image\s+(?:copyright|caption|source)\b.{0,200}$/i,
  // A caption ending with a labelled credit: "… harbour at dawn (Image: GETTY )".
  /\((?:image|photo|picture|credit|source)s?\s*:[^()]{1,40}\)$/i,
  // A caption ending with a parenthesised agency credit: "… (Jane Roe/AFP via Getty Images)".
  /\((?=[^()]*(?:\/|\bvia\b|\bphoto\b))[^()]{0,80}(?:getty\s+images|afp|reuters|ap\s+photo|\bap\b|epa|shutterstock|photo)[^()]{0,60}\)\s*$/i,
];

/** True when the whole trimmed line is page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const t = stripMarkupEdges(line);
  if (t.length === 0) return true;
  if (t.length > 600) return false;
  if (FURNITURE.some((re) => re.test(t)) || isTimestampLine(t)) return true;
  return CAPTION.some((re) => re.test(t));
}

/** Headers after which the page lists links, not article text ("Related Topics"). */
const LIST_HEADER = /^(?:(?:related|recommended|more|trending|popular)\s+(?:topics|stories|articles?|videos?|reading|links|news|coverage)|recommended\s+for\s+you|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed|shared))\s*:?$/i;

export function isListHeader(line: string): boolean {
  return LIST_HEADER.test(line.trim());
}
