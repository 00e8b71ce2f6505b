// The web-platform globals core/ may use, as the WHATWG standards define them: they exist in every
// runtime core runs in (Node, worker threads, browsers). core/ is compiled without Node's or the
// DOM's types (tsconfig.core.json) so that Buffer, process or document fail; only this file
// declares what is allowed. The other tsconfigs take these from @types/node or lib.dom instead.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
