// A stable colour per speaker: the same name always gets the same palette slot, in the reader
// and in citation chips alike. Slots are CSS variables (light and dark values in app.css).
export const SPEAKER_SLOTS = 8;

function hash(text: string): number {
  // FNV-1a over UTF-16 units: fast, stable across runs and platforms.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Palette slot for a speaker; -1 when nobody is named. */
export function speakerSlot(speaker: string | null | undefined): number {
  const name = speaker?.trim().toLowerCase();
  if (!name) return -1;
  return hash(name) % SPEAKER_SLOTS;
}

/** The CSS class carrying a speaker's colours (spk-0 … spk-7, or spk-none). */
export function speakerClass(speaker: string | null | undefined): string {
  const slot = speakerSlot(speaker);
  return slot < 0 ? 'spk-none' : `spk-${slot}`;
}

/**
 * Palette slots for the speakers of one view, in order of appearance: each keeps its own slot
 * (speakerSlot) unless an earlier speaker has it, then takes the next free one, so up to
 * SPEAKER_SLOTS speakers side by side never share a colour.
 */
export function speakerSlots(speakers: readonly (string | null | undefined)[]): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const s of speakers) {
    const name = s?.trim().toLowerCase();
    if (!name || slots.has(name)) continue;
    let slot = speakerSlot(name);
    for (let i = 0; i < SPEAKER_SLOTS && taken.has(slot); i++) slot = (slot + 1) % SPEAKER_SLOTS;
    slots.set(name, slot);
    taken.add(slot);
  }
  return slots;
}

/** The colour class of a speaker under the slots of its view (spk-none when nobody is named). */
export function speakerClassFor(slots: ReadonlyMap<string, number>, speaker: string | null | undefined): string {
  const name = speaker?.trim().toLowerCase();
  if (!name) return 'spk-none';
  const slot = slots.get(name) ?? speakerSlot(name);
  return `spk-${slot}`;
}
