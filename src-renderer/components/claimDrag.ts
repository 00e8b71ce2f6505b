// What a claim dragged from the reader carries: `application/x-quire-claim`, JSON {claimId}.
export const CLAIM_MIME = 'application/x-quire-claim';

/** Puts a claim on a drag: the reader's claims panel is the source, the note editor the target. */
// Typed structurally so the unit tests (Node, no DOM types) can import this module too.
export function startClaimDrag(data: { setData(format: string, value: string): void; effectAllowed: string }, claimId: number): void {
  data.setData(CLAIM_MIME, JSON.stringify({ claimId }));
  data.effectAllowed = 'copy';
}

/** The claim id in drag data, or null when the data is not a claim. */
export function parseClaimDrag(data: string): number | null {
  try {
    const id = (JSON.parse(data) as { claimId?: unknown }).claimId;
    return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
