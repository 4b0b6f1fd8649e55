// Types for the parts of az 0.2.3 (OpenCorpora morphology, plain JS) that the extractor uses, as az.js (az's
// dist/az.js with tags made on first use, scripts/build-az.ts) exports them.

declare namespace Az {
  interface AzTag {
    POS?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    stat: string[];
    flex: string[];
    [grammeme: string]: unknown;
    toString(): string;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser?: string;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(grammemes: Record<string, unknown> | string[] | AzTag, keep?: string[]): AzParse | false;
    toString(): string;
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
}

declare const Az: {
  load: (url: string, responseType: string, callback: (error: Error | null, data?: unknown) => void) => void;
  Morph: Az.AzMorph;
};

export default Az;
