// Compare (#6): conflict candidates between claims, their scores and reasons, side membership,
// and the compare view's alignment by topic. Pure: plain data in, plain data out.
export { alignRows, joinRelated, type AlignedRow } from './align';
export { normaliseText, type CompareClaim, type CompareFact } from './features';
export type { Signal } from './score';
export { sideOf, sideOfClaim, type SideMembers } from './sides';
export { explainPair, fragmentIds, suggestConflicts, type ConflictCandidate, type SuggestOptions } from './suggest';
