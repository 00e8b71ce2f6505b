import type { EntityKind } from '../../../src-main/api/contract/methods';

export const KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'other'];

export const KIND_LABEL: Record<EntityKind, string> = { person: 'People', organization: 'Organisations', place: 'Places', other: 'Other' };

/** The one-letter badge of each kind in the dense list. */
export const KIND_BADGE: Record<EntityKind, string> = { person: 'P', organization: 'O', place: 'L', other: '·' };
