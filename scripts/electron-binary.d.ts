// Types for electron-binary.js (plain ESM so `npm start` needs no TypeScript).
export declare const repoRoot: string;
export declare function electronBinary(): string | null;
export declare function toolEntry(pkg: string, bin: string): string;
