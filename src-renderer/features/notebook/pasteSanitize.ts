// HTML pasted into a note (from Word, Google Docs or a web page) reduced to what the note can
// hold: headings, paragraphs, lists, quotes, bold/italic/underline/strike and http(s)/mailto
// links. Word's list paragraphs become real lists and style-only formatting (a span with
// font-weight:bold) becomes tags before DOMPurify drops every style, class and script.
import createDOMPurify, { type Config } from 'dompurify';
import { withoutHandlers } from './pasteTokens';

const BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'br'];
const INLINE_TAGS = ['b', 'strong', 'i', 'em', 'u', 's', 'a'];
/** Allowed links: the web and e-mail only (no javascript:, data:, file: or relative paths). */
const LINK_URL = /^(?:https?:|mailto:)/i;

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [...BLOCK_TAGS, ...INLINE_TAGS],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: LINK_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // Elements whose content is dropped with them (DOMPurify's defaults cover script, style,
  // svg, math, template, iframe, title…; these add what is never text in a paste).
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'object', 'embed', 'canvas', 'xml', 'o:p'],
};

/** Word's bullet glyphs: a list marker that is none of these letters or numbers is a bullet. */
const ORDERED_MARKER = /^\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlcdm]{1,6})[.)]\s*$/i;

/** The style attribute, lower-cased without spaces and starting with ';' so `;font-weight:` never matches `mso-bidi-font-weight:`. */
function styleOf(el: Element): string {
  return `;${(el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')}`;
}

/** Removes the nodes Word puts between `<!--[if !supportLists]-->` and `<!--[endif]-->` (the typed list marker); returns its text. */
function takeWordListMarker(p: Element): string {
  const doc = p.ownerDocument;
  const walker = doc.createTreeWalker(p, NodeFilter.SHOW_COMMENT);
  let marker = '';
  const comments: Comment[] = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c as Comment);
  for (const open of comments) {
    if (!/\[if !supportLists\]/i.test(open.data)) continue;
    const range = doc.createRange();
    range.setStartAfter(open);
    const close = comments.find((c) => c !== open && /\[endif\]/i.test(c.data) && open.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!close) continue;
    range.setEndBefore(close);
    marker += range.toString();
    range.deleteContents();
  }
  return marker.replace(/\u00a0/g, ' ').trim();
}

/** Word's `mso-list:l0 level2 lfo1` on a paragraph: its list and level, or null. */
function wordListLevel(el: Element): { list: string; level: number } | null {
  const m = /;mso-list:(l\d+)level(\d+)/.exec(styleOf(el));
  return m?.[1] && m[2] ? { list: m[1], level: Number(m[2]) } : null;
}

/** Turns runs of Word list paragraphs (MsoListParagraph… with mso-list) into nested ul/ol. */
function convertWordLists(doc: Document): void {
  const paragraphs = [...doc.body.querySelectorAll('p')].filter((p) => wordListLevel(p));
  let stack: { level: number; list: HTMLElement }[] = [];
  let lastItem: HTMLElement | null = null;
  for (const p of paragraphs) {
    const info = wordListLevel(p);
    if (!info) continue;
    const marker = takeWordListMarker(p);
    const prev = p.previousElementSibling;
    // A paragraph that does not follow a list item of the run starts a new list.
    if (!lastItem || prev !== stack[0]?.list) stack = [];
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < info.level) {
      const list = doc.createElement(ORDERED_MARKER.test(marker) ? 'ol' : 'ul');
      if (top && lastItem) lastItem.append(list);
      else p.before(list);
      top = { level: info.level, list };
      stack.push(top);
    }
    const li = doc.createElement('li');
    li.append(...p.childNodes);
    top.list.append(li);
    p.remove();
    lastItem = li;
  }
}

/** Formatting that lives only in a style (Google Docs, many web editors) becomes tags. */
function styleToTags(doc: Document): void {
  for (const el of [...doc.body.querySelectorAll<HTMLElement>('[style]')]) {
    const s = styleOf(el);
    const tag = el.tagName.toLowerCase();
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
    if ((tag === 'b' || tag === 'strong') && /;font-weight:(?:normal|[1-4]00)\b/.test(s)) {
      el.replaceWith(...el.childNodes);
      continue;
    }
    if (tag !== 'span' && tag !== 'font') continue;
    const wraps: string[] = [];
    if (/;font-weight:(?:bold|bolder|[6-9]00)\b/.test(s)) wraps.push('b');
    if (/;font-style:italic/.test(s)) wraps.push('i');
    if (/;text-decoration(?:-line)?:[^;]*underline/.test(s)) wraps.push('u');
    if (/;text-decoration(?:-line)?:[^;]*line-through/.test(s)) wraps.push('s');
    let inner: Node[] = [...el.childNodes];
    for (const t of wraps) {
      const w = doc.createElement(t);
      w.append(...inner);
      inner = [w];
    }
    el.replaceWith(...inner);
  }
}

/** Other spellings of strike-through, Word's quote styles, and table rows as paragraphs (a note has no tables). */
function normaliseTags(doc: Document): void {
  for (const p of [...doc.body.querySelectorAll('p.MsoQuote, p.MsoIntenseQuote')]) {
    const q = doc.createElement('blockquote');
    q.append(...p.childNodes);
    p.replaceWith(q);
  }
  for (const el of [...doc.body.querySelectorAll('strike, del')]) {
    const s = doc.createElement('s');
    s.append(...el.childNodes);
    el.replaceWith(s);
  }
  for (const table of [...doc.body.querySelectorAll('table')].reverse()) {
    const rows = [...table.querySelectorAll('tr')].map((tr) => {
      const p = doc.createElement('p');
      for (const cell of tr.querySelectorAll('td, th')) p.append(...cell.childNodes, doc.createTextNode(' '));
      return p;
    });
    table.replaceWith(...rows);
  }
  // Blocks the note has no node for, but whose edges are paragraph breaks.
  for (const el of [...doc.body.querySelectorAll('div, section, article, header, footer, aside, main, figure, figcaption, dd, dt, pre, address')]) {
    if (el.querySelector('p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, div, table, section, article, pre')) continue;
    const p = doc.createElement('p');
    p.append(...el.childNodes);
    el.replaceWith(p);
  }
}

/** After sanitising: links left without an address lose the link, empty paragraphs go. */
function tidy(doc: Document): void {
  for (const a of [...doc.body.querySelectorAll('a')]) {
    const href = a.getAttribute('href');
    if (!href || !LINK_URL.test(href.trim())) a.replaceWith(...a.childNodes);
  }
  for (const p of [...doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote')]) {
    if (!p.querySelector('br') && (p.textContent ?? '').replace(/[\s\u00a0]+/g, '') === '') p.remove();
  }
  // Whitespace between blocks (the source's line breaks) would become empty paragraphs.
  for (const parent of [doc.body, ...doc.body.querySelectorAll('ul, ol, blockquote')]) {
    for (const n of [...parent.childNodes]) if (n.nodeType === Node.TEXT_NODE && !(n.textContent ?? '').trim()) n.remove();
  }
}

/**
 * The pasted HTML with only the allowed elements (no styles, classes, images, scripts, event
 * handlers, comments, Word markup or unsafe links). Runs in a browser: the tokenizer first, so no
 * DOM ever holds an event handler, then an inert DOMParser document and DOMPurify.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  convertWordLists(doc);
  styleToTags(doc);
  normaliseTags(doc);
  const purify = createDOMPurify(window);
  const clean = purify.sanitize(doc.body.innerHTML, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
  const out = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  tidy(out);
  return out.body.innerHTML;
}
