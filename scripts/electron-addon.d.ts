// Types for electron-addon.js (plain ESM so `npm start` needs no TypeScript).
import type { AddonTarget, FoundAddon } from './start-plan.js';
export declare function wantedTarget(): AddonTarget;
export declare function foundAddon(): FoundAddon;
export declare function recordAddon(target: AddonTarget): void;
export declare function buildElectronAddon(target: AddonTarget): Promise<void>;
