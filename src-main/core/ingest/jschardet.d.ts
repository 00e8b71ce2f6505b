declare module 'jschardet' {
  export interface Detection {
    encoding: string | null;
    confidence: number;
  }
  /** `input`: a binary string (one character per byte) or a Buffer. */
  export function detect(input: string, options?: { minimumThreshold?: number }): Detection;
  const jschardet: { detect: typeof detect };
  export default jschardet;
}
