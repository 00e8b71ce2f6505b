// Types for native-abi.js (plain ESM so `npm run dist` needs no TypeScript).
export declare const NODE_BINDING: string;
export declare const ELECTRON_BINDING: string;
export declare function preserveNodeBinding(file?: string, keepAs?: string): () => { rebuilt: boolean; kept: string | null };
