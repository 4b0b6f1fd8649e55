// The part of jsonld's API the pending JSON-LD test uses (the package ships no types).

declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    document: unknown;
    documentUrl: string;
  }
  interface ExpandOptions {
    /** Fails on anything expansion would drop (undefined terms, invalid values) instead of dropping it. */
    safe?: boolean;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
  }
  const jsonld: { expand(input: unknown, options?: ExpandOptions): Promise<Record<string, unknown>[]> };
  export default jsonld;
}
