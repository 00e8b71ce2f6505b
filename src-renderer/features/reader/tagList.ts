// Tags typed as one line: "Evidence, follow up".

/** "a, b ,c" → ["a", "b", "c"] (white space collapsed; empty parts and repeats, ignoring case, dropped). */
export function parseTagList(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}
