// Markdown's YAML front matter to the editor's fields: its size and shape are checked before the YAML library
// composes it, and the value it gives is validated like a JSON body's fields. Loaded (with yaml and zod) only
// for Markdown that opens with front matter.

import { parse as parseYaml, Parser, YAMLParseError } from 'yaml';
import { ClientError } from '../errors.ts';
import { assertValueDepth, DEPTH_HINT } from './bounded-input.ts';
import { formatBytes, MAX_FRONT_MATTER_BYTES, MAX_NESTING_DEPTH } from './limits.ts';
import { frontMatterFields, type SubmissionFields } from './submission-fields.ts';

/** The fields of front matter (the YAML between the `---` lines), or a 4xx that says what is wrong with it. */
export function readFrontMatter(frontMatter: string): SubmissionFields {
  const frontMatterBytes = Buffer.byteLength(frontMatter, 'utf8');
  if (frontMatterBytes > MAX_FRONT_MATTER_BYTES) {
    throw new ClientError(
      'payload_too_large',
      `The front matter is limited to ${formatBytes(MAX_FRONT_MATTER_BYTES)}; this one is ${formatBytes(frontMatterBytes)}. Keep the fields short and put the article after the closing "---".`,
    );
  }
  // Refused before the YAML parser meets it: its composer recurses on nesting, and aliases expand.
  assertYamlShape(frontMatter);
  let data: unknown;
  try {
    data = parseYaml(frontMatter, { maxAliasCount: 0 }) ?? {};
  } catch (cause) {
    const where = cause instanceof YAMLParseError && cause.linePos ? ` (line ${cause.linePos[0].line + 1})` : '';
    throw new ClientError('invalid_field', `The front matter is not valid YAML${where}: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  assertValueDepth(data, 'front matter');
  return frontMatterFields(data);
}

/**
 * Refuses front matter that uses YAML aliases (`*name`: each one copies its anchor, so a few lines can
 * expand to megabytes) or nests collections deeper than MAX_NESTING_DEPTH (`[[[...`, `- - - ...`,
 * indented blocks). Reads the YAML library's concrete syntax tree, which its Parser builds without
 * recursion; composing values from it (parse()) recurses, and a stack overflow there can take the
 * whole process down (V8 runs out of memory compiling a regular expression at the stack's limit).
 */
export function assertYamlShape(source: string): void {
  const stack: [unknown, number][] = [...new Parser().parse(source)].map((document) => [document, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const type = (node as { type?: unknown }).type;
    if (type === 'alias') {
      const name = String((node as { source?: unknown }).source).slice(0, 40);
      throw new ClientError('invalid_field', `The front matter uses a YAML alias (${name}); write the value out in full instead.`);
    }
    const level = depth + (type === 'block-map' || type === 'block-seq' || type === 'flow-collection' ? 1 : 0);
    if (level > MAX_NESTING_DEPTH) {
      throw new ClientError('invalid_field', `The front matter nests deeper than ${MAX_NESTING_DEPTH} levels. ${DEPTH_HINT}`);
    }
    for (const child of Object.values(node)) if (child && typeof child === 'object') stack.push([child, level]);
  }
}
