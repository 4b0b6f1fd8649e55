// Extraction inside a handler: a bug in an extraction step must not lose the article or stall the queue,
// so it is logged for operators and the article is published with empty meeting fields and a warning.

import { emptyExtraction, type Extraction, type ExtractionInput, type Extractor } from '../core/extract/index.ts';

export function extractOrWarn(extractor: Extractor, input: ExtractionInput, context: Record<string, unknown>): Extraction {
  try {
    return extractor.extract(input);
  } catch (error) {
    console.log(
      JSON.stringify({ level: 'error', message: 'Extraction failed; publishing without meeting fields', ...context, error: String(error), stack: (error as Error)?.stack }),
    );
    return emptyExtraction(input.language ?? 'und', ['Extraction failed on this article: meeting fields are left empty. Please report it.']);
  }
}
