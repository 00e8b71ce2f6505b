// Types for start-plan.js (plain ESM so `npm start` needs no TypeScript).
export interface AddonTarget {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}
export interface FoundAddon {
  exists: boolean;
  builtFor: AddonTarget | null;
}
export type StartPlan = { kind: 'web'; message: string } | { kind: 'electron'; build: string | null };
export declare const NO_ELECTRON_MESSAGE: string;
export declare function addonProblem(addon: FoundAddon, wanted: AddonTarget): string | null;
export declare function startPlan(found: { electronBinary: string | null; addon: FoundAddon; wanted: AddonTarget }): StartPlan;
export declare function buildLine(wanted: AddonTarget, reason: string): string;
