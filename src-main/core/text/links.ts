// Which link targets Quire keeps in notes and briefs: web and mail addresses only. Anything else
// (javascript:, data:, vbscript:, file:, blob:, relative paths) would run code or reach into the
// machine when a reader of the note or of an exported brief follows it.

const hasControlOrSpace = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f);

/** True for http(s):// and mailto: URLs (case-insensitive, surrounding white space ignored). */
export function isSafeLinkUrl(url: string): boolean {
  const u = url.trim();
  return /^(https?:\/\/|mailto:)./i.test(u) && !hasControlOrSpace(u);
}
