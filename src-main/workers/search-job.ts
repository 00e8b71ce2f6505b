// The messages between the search pool and its worker threads (plain data, structured clone).
import type { SearchFilters, SearchHitRow } from '../store/search';
import type { SearchRow } from '../store/types';

export interface SearchJob {
  id: number;
  type: SearchRow['type'];
  q: string;
  limit: number;
  filters: SearchFilters;
}

export type SearchReply = { id: number; ok: true; rows: SearchHitRow[] } | { id: number; ok: false; message: string };

/** What a search worker is started with. */
export interface SearchWorkerData {
  dbPath: string;
  nativeBinding?: string;
  /** The worker stores 1 here once its connection is open (see SearchPool). */
  readyFlag: Int32Array;
}
