// Pasted HTML re-serialised from a tokenizer before any DOM exists for it. Chromium reports (and
// CSP-checks) an inline event handler as soon as an element carries an on… attribute, even in an
// inert DOMParser document, so those attributes must never reach a DOM at all. The output holds
// the same elements, text and comments (Word's list markers live in comments) with only plain,
// well-formed attributes; <base> and everything inside script-like elements are dropped too.
import { Parser } from 'htmlparser2';

/** Elements dropped with their content: never text in a paste, and never to be parsed again. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TAG_NAME = /^[a-z][a-z0-9:-]*$/;
const ATTR_NAME = /^[a-z][a-z0-9:_.-]*$/;

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** True for an attribute a pasted element may keep until the sanitiser decides: no handlers, no inline documents. */
function keepAttribute(name: string): boolean {
  return ATTR_NAME.test(name) && !name.startsWith('on') && name !== 'srcdoc' && name !== 'formaction';
}

/** A comment's text that cannot close the comment early. */
const commentText = (s: string): string => s.replace(/-{2,}/g, '-').replace(/^>|-$/g, '');

/** `html` as well-formed HTML without event-handler attributes, <base>, scripts or styles. */
export function withoutHandlers(html: string): string {
  const out: string[] = [];
  let dropDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROPPED.has(name)) {
          if (!VOID.has(name)) dropDepth++;
          return;
        }
        if (!TAG_NAME.test(name)) return;
        const attrs = Object.entries(attribs)
          .filter(([n]) => keepAttribute(n))
          .map(([n, v]) => ` ${n}="${escapeAttr(v)}"`)
          .join('');
        out.push(`<${name}${attrs}>`);
      },
      onclosetag(name, isImplied) {
        if (dropDepth > 0) {
          if (!VOID.has(name)) dropDepth--;
          return;
        }
        if (!TAG_NAME.test(name) || VOID.has(name) || (isImplied && VOID.has(name))) return;
        out.push(`</${name}>`);
      },
      ontext(text) {
        if (dropDepth === 0) out.push(escapeText(text));
      },
      oncomment(data) {
        if (dropDepth === 0) out.push(`<!--${commentText(data)}-->`);
      },
      onprocessinginstruction(name, data) {
        // Word's downlevel-revealed conditionals (<![if !supportLists]>) are comments to an HTML parser.
        if (dropDepth === 0 && name.startsWith('![')) out.push(`<!--${commentText(data.slice(1))}-->`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}
