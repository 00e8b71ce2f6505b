// HTML → paragraph blocks and page metadata. The page is parsed by linkedom (a server-side DOM
// that never runs scripts); scripts, styles, forms and page furniture are dropped first, then
// @mozilla/readability picks the main content. Metadata comes from JSON-LD (NewsArticle &
// co.), <meta> (og:, article:, name=author/date), <html lang> and the canonical link.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Hints } from './assemble';
import { findFullDate } from './dates';
import { primaryLanguage } from './language';
import { cleanAuthor, isPlausibleTitle } from './metadata';
import { IngestError, type MetadataField, type MetadataSource } from './types';

/** The small part of the DOM this module uses (core has no DOM lib types). */
interface El {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentNode: El | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  remove(): void;
}
interface Doc extends El {
  documentElement: El;
  body: El | null;
  title: string;
}

/** Never content. JSON-LD and <meta> stay: Readability reads the page's metadata from them. */
const DROP = 'script:not([type="application/ld+json"]),style,noscript,template,iframe,object,embed,svg,canvas,button,input,select,textarea,nav,aside,footer,dialog';
/** class/id tokens of page furniture (share bars, comment threads, newsletter boxes, related links). */
const JUNK_TOKEN = /^(?:share|sharing|social|sharebar|comments?|disqus|newsletter|signup|subscribe|subscription|related|recommended|recirc|promo|advert|advertisement|ads?|sponsored|cookies?|consent|breadcrumbs?|outbrain|taboola|popup|modal|paywall|toolbar|tags|topics)$/i;
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL CAPTION'.split(' '),
);

/** Share of a block's letters inside links above which the block is navigation. */
const LINK_BLOCK_SHARE = 0.9;
/** An inline style that hides the element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

const list = <T>(a: ArrayLike<T>): T[] => Array.from(a);

/**
 * Readability's scoring slows down steeply with nesting (≈0.4 s at 100 levels, ≈24 s at 1,000,
 * hours beyond): deeper pages skip it and keep their whole body. Real news pages nest 20–60 deep.
 */
const READABILITY_MAX_DEPTH = 80;
/** linkedom's parse grows quadratically with nesting too: a page nested deeper is refused. */
const MAX_NESTING = 20_000;
/** Elements HTML closes by itself when a sibling starts: they do not add nesting. */
const AUTO_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** How deep the markup nests, read from the tags alone (before any parse); stops counting past `limit`. */
export function markupDepth(html: string, limit = MAX_NESTING): number {
  let depth = 0;
  let max = 0;
  // The lookahead and back-reference take the whole tag name at once (no backtracking into it).
  for (const m of html.matchAll(/<(\/?)(?=([a-zA-Z][a-zA-Z0-9-]*))\2([^>]*)>/g)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || AUTO_CLOSED.has(name) || m[3]?.endsWith('/')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) break;
  }
  return max;
}

/** The deepest element below `root` (iterative: any depth is safe); stops past `limit`. */
function elementDepth(root: El, limit: number): number {
  let max = 0;
  const stack: [El, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max && (max = depth) > limit) break;
    for (const child of list(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return max;
}

function isJunk(el: El): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[\s_-]+/);
  if (!tokens.some((t) => JUNK_TOKEN.test(t))) return false;
  // Never drop a container of the article itself.
  return !el.querySelector('article, [itemprop="articleBody"], h1');
}

/** A text block with how many of its letters sit inside links. */
export interface TextBlock {
  text: string;
  letters: number;
  linked: number;
}

const letterCount = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Text blocks of an element: one per block-level element, <br> kept as a line break. */
export function textBlocksOf(root: El): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buf = '';
  let linked = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const t = buf
      .replace(/[^\S\n\u00a0]+/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    if (t) blocks.push({ text: t, letters: letterCount(t), linked });
    buf = '';
    linked = 0;
  };
  // Depth-first with an explicit stack (null marks the end of a block, END_LINK the end of a
  // link): hostile nesting cannot overflow the call stack.
  const END_LINK = 'end-link' as const;
  const stack: (El | null | typeof END_LINK)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      flush();
      continue;
    }
    if (node === END_LINK) {
      linkDepth--;
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (linkDepth > 0) linked += letterCount(t);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    if (tag === 'BR') {
      buf += '\n';
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      stack.push(null);
    }
    if (tag === 'A') {
      linkDepth++;
      stack.push(END_LINK);
    }
    const children = list(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}

/** The text blocks of an element, as strings. */
export const blocksOf = (root: El): string[] => textBlocksOf(root).map((b) => b.text);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage|LiveBlogPosting|ScholarlyArticle|TechArticle)$/;

function jsonLdArticle(doc: Doc): Record<string, Json> | null {
  const found: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const type = v['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const s of list(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  // A news article beats a generic WebPage.
  return found.find((f) => f['@type'] !== 'WebPage') ?? found[0] ?? null;
}

const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : null);
const nameOf = (v: Json | undefined): string | null => {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(' and ') : null;
  }
  if (v && typeof v === 'object') return str(v['name']);
  return str(v);
};
/** JSON-LD authors that are people (an Organization as "author" is the outlet, not a byline). */
const personNames = (v: Json | undefined): string | null => {
  const items = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const people = items.filter((i) => !(i && typeof i === 'object' && !Array.isArray(i) && /Organization|NewsMediaOrganization|Corporation/.test(String(i['@type'] ?? ''))));
  return people.length ? nameOf(people) : null;
};
/** "Headline | Outlet", "Headline - Outlet": the headline without the outlet's name. */
function withoutOutlet(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const rest = parts.filter((p) => !outlet || p.trim().toLowerCase() !== outlet.toLowerCase());
  if (rest.length === parts.length) return title;
  return rest.join(' - ') || title;
}
const isUrl = (s: string): boolean => /^[a-z]+:\/\//i.test(s);
const httpUrl = (s: string | null): string | null => (s && /^https?:\/\/\S+$/i.test(s.trim()) ? s.trim() : null);

/** An ISO date (YYYY-MM-DD) from a metadata value: "2024-03-04T10:00:00Z" keeps its stated date. */
export function metaDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return findFullDate(`${m[1]}-${m[2]}-${m[3]}`);
  return findFullDate(value);
}

type Found = [value: string | null | undefined, source: MetadataSource];

/** The first candidate with a value, and its source. */
function first(...candidates: Found[]): { value: string | null; source: MetadataSource | null } {
  for (const [value, source] of candidates) if (value) return { value, source };
  return { value: null, source: null };
}

interface PageMeta {
  hints: Hints;
  rawTitle: string | null;
  /** Every value the page states per field, with its source: names the source of Readability's pick. */
  stated: Partial<Record<MetadataField, Found[]>>;
}

function pageMeta(doc: Doc): PageMeta {
  const meta = new Map<string, string>();
  for (const m of list(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content.replace(/\s+/g, ' '));
  }
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticle(doc);
  const rawTitle = doc.querySelector('title')?.textContent?.trim().replace(/\s+/g, ' ') || null;
  const ldAuthorOrg = Array.isArray(ld?.['author']) ? null : ld?.['author'] && typeof ld['author'] === 'object' && /Organization/.test(String(ld['author']['@type'] ?? '')) ? nameOf(ld['author']) : null;
  const stated: PageMeta['stated'] = {
    outlet: [[nameOf(ld?.['publisher']), 'json-ld'], [get('og:site_name', 'application-name', 'publisher', 'dc.publisher'), 'meta'], [ldAuthorOrg, 'json-ld']],
    title: [[str(ld?.['headline']) ?? str(ld?.['name']), 'json-ld'], [get('dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'headline', 'dc.title', 'title', 'parsely-title'), 'meta'], [rawTitle, 'title-element']],
    author: [[personNames(ld?.['author']), 'json-ld'], [get('dc:creator', 'dcterm:creator', 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator'), 'meta']],
  };
  const outlet = first(...stated.outlet!);
  let title = first(stated.title![0]!, stated.title![1]!);
  if (!title.value && rawTitle) {
    // "Headline | Outlet" with no outlet known: the longest part is the headline.
    const parts = rawTitle.split(/\s+[|–—]\s+|\s+::\s+/);
    // " - " splits off only the last part ("A - B - Outlet" → "A - B", "Outlet").
    const last = parts.pop()!;
    const dash = last.lastIndexOf(' - ');
    parts.push(...(dash > 0 ? [last.slice(0, dash), last.slice(dash + 3)] : [last]));
    title = { value: outlet.value || parts.length < 2 ? rawTitle : [...parts].sort((a, b) => b.length - a.length)[0]!, source: 'title-element' };
  }
  if (title.value) title.value = withoutOutlet(title.value, outlet.value);
  const author = first(...stated.author!);
  if (author.value && isUrl(author.value)) author.value = null;
  if (author.value) author.value = author.value.replace(/^by\s+/i, '');
  const timeEl = doc.querySelector('[itemprop="datePublished"]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[pubdate]');
  const published = first(
    [metaDate(str(ld?.['datePublished'])), 'json-ld'],
    [metaDate(get('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date')), 'meta'],
    [metaDate(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content') ?? null), 'time-element'],
  );
  const updated = first([metaDate(str(ld?.['dateModified'])), 'json-ld'], [metaDate(get('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dc.date.modified')), 'meta']);
  const entity = ld?.['mainEntityOfPage'];
  const url = first(
    [httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null), 'canonical-link'],
    [httpUrl(get('og:url')), 'meta'],
    [httpUrl(str(ld?.['url'])), 'json-ld'],
    [httpUrl(entity && typeof entity === 'object' && !Array.isArray(entity) ? str(entity['@id']) : str(entity)), 'json-ld'],
  );
  const language = first([primaryLanguage(str(ld?.['inLanguage'])), 'json-ld'], [primaryLanguage(doc.documentElement.getAttribute('lang')), 'html-lang'], [primaryLanguage(get('content-language', 'og:locale', 'dc.language')), 'meta']);
  const fields = { title, outlet, author, published, updated, language, url };
  const hints: Hints = { sources: {} };
  for (const [field, found] of Object.entries(fields) as [MetadataField, { value: string | null; source: MetadataSource | null }][]) {
    if (!found.value || !found.source) continue;
    hints[field] = found.value;
    hints.sources![field] = found.source;
  }
  return { hints, rawTitle, stated };
}

/** What Readability's parse() gives back (its types are loose). */
interface ReadabilityResult {
  content?: El | null;
  // siteName, publishedTime: what Readability read from JSON-LD and <meta>.
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** The source of a value Readability picked: the page's own statement of it, else `fallback`. */
function sourceOf(value: string, stated: Found[] | undefined, fallback: MetadataSource): MetadataSource {
  const key = value.toLowerCase();
  return stated?.find(([v]) => v && (v.toLowerCase() === key || v.toLowerCase().includes(key)))?.[1] ?? fallback;
}

/**
 * Readability's reading of the page's metadata (JSON-LD, then <meta>, then the byline and
 * <title> in the markup) first, Quire's own where Readability has none; each value keeps its source.
 */
function withReadability(meta: PageMeta, found: ReadabilityResult): Hints {
  const hints: Hints = { ...meta.hints, sources: { ...meta.hints.sources } };
  const set = (field: MetadataField, value: string | null, fallback: MetadataSource): void => {
    if (!value) return;
    hints[field] = value;
    hints.sources![field] = sourceOf(value, meta.stated[field], fallback);
  };
  const title = found.title?.trim().replace(/\s+/g, ' ');
  const site = found.siteName?.trim() || hints.outlet || null;
  if (title && isPlausibleTitle(title, site)) {
    set('title', title, 'title-element');
    // Read from the <title> element (not a metadata tag): without the site's name after it.
    if (hints.sources!.title === 'title-element') hints.title = withoutOutlet(title, site);
  }
  set('author', cleanAuthor(found.byline ?? null), 'byline');
  set('outlet', found.siteName?.trim().replace(/\s+/g, ' ') || null, 'meta');
  const published = metaDate(found.publishedTime ?? null);
  if (published) {
    hints.published = published;
    hints.sources!.published = meta.hints.published === published ? meta.hints.sources!.published! : 'meta';
  }
  return hints;
}

export interface HtmlReading {
  blocks: string[];
  hints: Hints;
}

/**
 * Blocks and metadata of an HTML document. `readability: false` keeps the whole body (for
 * HTML made from a Word file or a paste, where everything is content).
 */
export function readHtml(html: string, options: { readability: boolean }): HtmlReading {
  const nesting = markupDepth(html);
  if (nesting > MAX_NESTING) throw new IngestError(`the page nests its markup more than ${MAX_NESTING.toLocaleString('en-US')} levels deep; Quire does not read it`);
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const prepare = (document: Doc): Doc => {
    for (const el of list(document.querySelectorAll(DROP))) el.remove();
    for (const el of list(document.querySelectorAll("[class], [id]"))) if (el.parentNode && isJunk(el)) el.remove();
    // Hidden elements never show on the page.
    const hidden = (el: El): boolean => el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
    for (const el of list(document.querySelectorAll('[hidden], [aria-hidden="true"], [style]'))) if (el.parentNode && hidden(el)) el.remove();
    return document;
  };
  const parse = (): Doc => (parseHTML(source) as unknown as { document: Doc }).document;
  let document = parse();
  const meta = pageMeta(document);
  prepare(document);
  const h1 = document.querySelector('h1')?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
  const captions = list(document.querySelectorAll('figcaption')).flatMap((el) => blocksOf(el));
  let blocks: TextBlock[] = [];
  let found: ReadabilityResult | null = null;
  if (options.readability && elementDepth(document.documentElement, READABILITY_MAX_DEPTH) <= READABILITY_MAX_DEPTH) {
    const bodyChars = ((document.body ?? document.documentElement).textContent ?? '').replace(/\s+/g, '').length;
    found = new Readability(document as never, { serializer: (el: unknown) => el, charThreshold: 200 }).parse() as ReadabilityResult | null;
    const content = found?.content ?? null;
    if (content && (content.textContent ?? '').replace(/\s+/g, '').length >= Math.min(200, bodyChars * 0.5)) blocks = textBlocksOf(content);
    // Readability edits the document as it works: a fallback starts from a fresh parse.
    if (blocks.length === 0) document = prepare(parse());
  }
  // A page Readability cannot read: its main text, the whole body.
  if (blocks.length === 0) blocks = textBlocksOf(document.body ?? document.documentElement);
  const hints = found ? withReadability(meta, found) : meta.hints;
  // A <title> cut short before a site name ("Ship leaves port | Daily") whose <h1> says it in full.
  const cut = hints.title && hints.sources?.title === 'title-element' ? /\s(?:[|–—-]|::)\s/.exec(hints.title) : null;
  if (cut && h1 && h1.length > cut.index && h1.toLowerCase().startsWith(hints.title!.slice(0, cut.index).toLowerCase()) && isPlausibleTitle(h1, hints.outlet ?? null)) {
    hints.title = h1;
    hints.sources = { ...hints.sources, title: 'headline' };
  }
  // No title, or one that is only the site's name, a ticker or a dateline: the page's <h1>.
  if ((!hints.title || !isPlausibleTitle(hints.title, hints.outlet ?? null)) && h1 && isPlausibleTitle(h1, hints.outlet ?? null)) {
    hints.title = h1;
    hints.sources = { ...hints.sources, title: 'headline' };
  }
  const variants = [meta.rawTitle, h1, hints.title].filter((t): t is string => !!t);
  // A block that is all link text (a related-stories list, "Read more" links) is not article text.
  const furniture = blocks.filter((b) => b.letters > 0 && b.linked >= b.letters * LINK_BLOCK_SHARE).map((b) => b.text);
  return { blocks: blocks.map((b) => b.text), hints: { ...hints, titleVariants: variants, captions, furniture } };
}
