// The contract names the same metadata fields and sources as the readers produce.
import { describe, expect, it } from 'vitest';
import { ARTICLE_METADATA_FIELDS, METADATA_SOURCE_LABELS } from '../../../src-main/api/contract/metadata';
import { METADATA_FIELDS, METADATA_SOURCES } from '../../../src-main/core/ingest/types';

describe('metadata fields and sources', () => {
  it('are the same lists in core and in the contract', () => {
    expect([...ARTICLE_METADATA_FIELDS]).toEqual([...METADATA_FIELDS]);
    expect(Object.keys(METADATA_SOURCE_LABELS).sort()).toEqual([...METADATA_SOURCES].sort());
  });
});
