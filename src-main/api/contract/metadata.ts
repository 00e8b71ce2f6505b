// Article metadata fields and where their values come from, as the contract names them (the same
// lists as core/ingest/types, checked equal by a unit test; the renderer imports only this).

export const ARTICLE_METADATA_FIELDS = ['title', 'outlet', 'author', 'published', 'updated', 'language', 'url'] as const;
export type ArticleMetadataField = (typeof ARTICLE_METADATA_FIELDS)[number];

/** Where a value was found, as the reader shows it. 'analyst': typed by the analyst. */
export const METADATA_SOURCE_LABELS = {
  meta: 'meta tag',
  'json-ld': 'JSON-LD',
  'title-element': 'page title',
  headline: 'headline',
  byline: 'byline',
  dateline: 'dateline',
  'date-line': 'date line',
  copyright: 'copyright line',
  'time-element': '<time> element',
  'canonical-link': 'canonical link',
  'html-lang': 'page language',
  'pdf-info': 'PDF info',
  'docx-properties': 'document properties',
  'file-name': 'file name',
  lead: 'lead sentence',
  detected: 'detected',
  analyst: 'analyst',
} as const;
export type MetadataSource = keyof typeof METADATA_SOURCE_LABELS;
export type MetadataSources = Partial<Record<ArticleMetadataField, MetadataSource>>;

/** The fields an import report and the reader offer to fill when the source does not state them. */
export const FILLABLE_FIELDS: readonly ArticleMetadataField[] = ['outlet', 'author', 'published', 'language', 'url'];
