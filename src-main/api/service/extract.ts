// Reading a file without storing it (`articles.extract`): the import workers only, never the
// store, so any number of these run beside each other and beside a Quire holding the store.
import type { Extraction } from '../contract/methods';
import type { Prepared } from '../../core/prepare/index';
import type { JobResult } from '../../workers/ingest-job';
import { IngestPool, type PoolOptions } from '../../workers/ingest-pool';
import type { ServiceImpl, ServiceInput } from './dispatch';
import { extractedEntities } from './entities';
import { QuireError } from './errors';
import { claimDetails } from './mappers';
import { decodeBase64 } from './text';

/** A worker's answer to a file or paste job, or the error it stands for. */
export function unwrap(result: JobResult): Prepared {
  if (!result.ok) throw new QuireError(result.refused ? 'bad_request' : 'internal', result.message);
  if (!('prepared' in result)) throw new QuireError('internal', 'the import worker answered with something else');
  return result.prepared;
}

export function extractionMethods(pool: IngestPool) {
  return {
    'articles.extract': async ({ fileName, data }: ServiceInput<'articles.extract'>): Promise<Extraction> => {
      const { draft, claims, entities, languages } = unwrap(await pool.run({ kind: 'file', fileName, bytes: decodeBase64(data) }));
      return {
        article: { title: draft.title, outlet: draft.outlet, author: draft.author, published: draft.published, text: draft.text, updated: draft.updated ?? null, language: draft.language, url: draft.url, sources: draft.sources ?? {}, languages },
        claims: claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker, start: c.start, end: c.end, ...claimDetails(c) })),
        entities: extractedEntities(entities),
      };
    },
  };
}

export interface OpenedReader {
  /** The methods that need no store; dispatch refuses any other. */
  service: Partial<ServiceImpl>;
  close(): void;
}

/** The service without a store: for a host whose command stores nothing. */
export function openReader(options: { ingest?: PoolOptions } = {}): OpenedReader {
  const pool = new IngestPool(options.ingest ?? {});
  return { service: extractionMethods(pool), close: () => pool.close() };
}
