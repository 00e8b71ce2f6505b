// The part of citeproc-js (the `citeproc` package ships no types) that csl-style.ts uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object;
  }
  interface CiteItem {
    id: string;
    /** CSL.POSITION_FIRST (0), _SUBSEQUENT (1), _IBID (2), _IBID_WITH_LOCATOR (3). */
    position?: number;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
  }
  interface Engine {
    opt: { xclass: 'note' | 'in-text' };
    setOutputFormat(mode: string): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: CiteItem[]): string;
    makeBibliography(): false | [BibliographyMeta, string[]];
  }
  /** One output format: text_escape plus a template or function per CSL decoration. */
  type OutputFormat = Record<string, unknown>;
  const CSL: {
    Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine;
    Output: { Formats: Record<string, OutputFormat> };
  };
  export default CSL;
}
