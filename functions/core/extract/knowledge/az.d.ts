// Types for the parts of az 0.2.3 (OpenCorpora morphology, plain JS) that the extractor uses.

declare module 'az' {
  export interface AzTag {
    POS?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    stat: string[];
    flex: string[];
    [grammeme: string]: unknown;
    toString(): string;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser?: string;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(grammemes: Record<string, unknown> | string[] | AzTag, keep?: string[]): AzParse | false;
    toString(): string;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: {
    load: (url: string, responseType: string, callback: (error: Error | null, data?: unknown) => void) => void;
    Morph: AzMorph;
  };
  export default Az;
}
