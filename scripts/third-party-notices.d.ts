// Types for third-party-notices.js (plain ESM so `npm run dist` needs no TypeScript).
export interface ShippedPackage {
  name: string;
  version: string;
  /** The licence expression the package declares. */
  declared: string | null;
  /** The licence Quire takes it under, or null when the policy accepts none it offers. */
  licence: string | null;
  text: string;
}
export declare const ACCEPTED: ReadonlySet<string>;
export declare function chooseLicence(expression: string | null | undefined): string | null;
export declare function bsdVariant(text: string): string;
export declare function licenceFromText(text: string): string | null;
export declare function productionPackages(root: string): ShippedPackage[];
export declare function noticesText(packages: readonly ShippedPackage[]): string;
