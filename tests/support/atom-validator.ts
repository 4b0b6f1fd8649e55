// Validates an Atom document with tools we did not write: libxml2's RELAX NG validator (xmllint,
// compiled to WebAssembly) against RFC 4287's own schema, then the rules xmllint cannot check
// (the schema's two Schematron rules, and MUSTs of RFC 4287 / RFC 6721 the grammar leaves open).

import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import type { ValidationResult } from './validation-result.ts';

export type { ValidationResult };

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 6721 tombstones. */
export const TOMBSTONES_NS = 'http://purl.org/atompub/tombstones/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ATOM_RNG = readFileSync(new URL('../fixtures/schemas/atom.rng', import.meta.url), 'utf8');
/** RFC 3339 date-time (RFC 4287 §3.3): upper-case T and Z, seconds required, a zone required. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export async function validateAtom(xml: string, fileName = 'feed.atom'): Promise<ValidationResult> {
  const errors: string[] = [];
  const result = await validateXML({
    xml: { fileName: safeFileName(fileName), contents: xml },
    schema: { fileName: 'atom.rng', contents: ATOM_RNG },
    extension: 'relaxng',
    // Large feeds (50 entries of full articles) need more than the default 32 MiB.
    maxMemoryPages: 4096,
  });
  for (const error of result.errors) errors.push(`RELAX NG: ${error.loc ? `line ${error.loc.lineNumber}: ` : ''}${error.message.trim()}`);
  if (!result.valid && result.errors.length === 0) errors.push(`RELAX NG: ${result.rawOutput.trim() || 'invalid (no message)'}`);

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    errors.push(`not well-formed XML: ${(error as Error).message}`);
    return { valid: false, errors };
  }
  errors.push(...checkBeyondTheGrammar(root));
  return { valid: errors.length === 0, errors };
}

/** The Schematron rules of RFC 4287 Appendix B, plus MUSTs of RFC 4287 and RFC 6721 a grammar cannot state. */
function checkBeyondTheGrammar(root: XmlElement): string[] {
  const errors: string[] = [];
  const isFeed = isAtom(root, 'feed');
  const entries = isFeed ? atomChildren(root, 'entry') : isAtom(root, 'entry') ? [root] : [];
  const feedHasAuthor = isFeed && atomChildren(root, 'author').length > 0;

  if (isFeed) {
    const self = atomChildren(root, 'link').filter((link) => link.attributes.rel === 'self');
    if (self.length !== 1) errors.push(`feed: expected exactly one link rel="self", found ${self.length}`);
    errors.push(...duplicateAlternates(root, 'feed'));
  }

  const seenIds = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = atomChildren(entry, 'id')[0]?.text.trim() ?? '';
    const where = `entry ${index + 1}${id ? ` (${id})` : ''}`;
    // Schematron, RFC 4287 Appendix B: "An atom:entry must have an atom:author if its feed does not."
    const sourceHasAuthor = atomChildren(entry, 'source').some((source) => atomChildren(source, 'author').length > 0);
    if (!feedHasAuthor && atomChildren(entry, 'author').length === 0 && !sourceHasAuthor) {
      errors.push(`${where}: no atom:author, and the feed has none`);
    }
    // Schematron: "An atom:entry must have at least one atom:link element with a rel attribute of 'alternate' or an atom:content."
    const hasAlternate = atomChildren(entry, 'link').some((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
    if (!hasAlternate && atomChildren(entry, 'content').length === 0) errors.push(`${where}: neither an alternate link nor atom:content`);
    errors.push(...duplicateAlternates(entry, where));
    if (id) {
      if (seenIds.has(id)) errors.push(`${where}: atom:id also used by entry ${seenIds.get(id)}`);
      else seenIds.set(id, index + 1);
    }
  });

  // RFC 6721 §3: at:deleted-entry carries `ref` (the deleted entry's atom:id) and `when` (a date-time).
  const tombstones = isFeed ? root.children.filter((child) => child.namespace === TOMBSTONES_NS && child.name === 'deleted-entry') : [];
  const seenRefs = new Set<string>();
  tombstones.forEach((tombstone, index) => {
    const { ref, when } = tombstone.attributes;
    const where = `at:deleted-entry ${index + 1}${ref ? ` (${ref})` : ''}`;
    if (!ref) errors.push(`${where}: no ref attribute`);
    if (!when) errors.push(`${where}: no when attribute`);
    else if (!RFC3339.test(when)) errors.push(`${where}: when="${when}" is not an RFC 3339 date-time`);
    if (ref && seenRefs.has(ref)) errors.push(`${where}: ref repeated`);
    if (ref) seenRefs.add(ref);
  });
  return errors;
}

/** RFC 4287 §4.1.1 / §4.1.2: no two rel="alternate" links with the same type and hreflang. */
function duplicateAlternates(element: XmlElement, where: string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const link of atomChildren(element, 'link')) {
    if ((link.attributes.rel ?? 'alternate') !== 'alternate') continue;
    const key = `${link.attributes.type ?? ''}|${link.attributes.hreflang ?? ''}`;
    if (seen.has(key)) errors.push(`${where}: two alternate links with type "${link.attributes.type ?? ''}" and hreflang "${link.attributes.hreflang ?? ''}"`);
    seen.add(key);
  }
  return errors;
}

// A small namespace-aware tree over fast-xml-parser's ordered output.

export interface XmlElement {
  namespace: string | null;
  name: string;
  /** Unprefixed attributes by local name (Atom's own attributes carry no namespace). */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

export function parseXml(xml: string): XmlElement {
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.map((node) => toElement(node, new Map([['xml', XML_NS]]))).filter((node) => node !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

function toElement(node: OrderedNode, inherited: Map<string, string>): XmlElement | null {
  const tag = Object.keys(node).find((key) => key !== ':@');
  if (!tag || tag === '#text' || tag.startsWith('?') || tag === '#comment') return null;
  const rawAttributes = node[':@'] ?? {};
  const scope = new Map(inherited);
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  const [prefix, local] = tag.includes(':') ? [tag.slice(0, tag.indexOf(':')), tag.slice(tag.indexOf(':') + 1)] : ['', tag];
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttributes)) if (!name.includes(':') && name !== 'xmlns') attributes[name] = value;
  const childNodes = (node[tag] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of childNodes) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const element = toElement(child, scope);
      if (element) children.push(element);
    }
  }
  return { namespace: scope.get(prefix) ?? null, name: local, attributes, children, text };
}

function isAtom(element: XmlElement, name: string): boolean {
  return element.namespace === ATOM_NS && element.name === name;
}

function atomChildren(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => isAtom(child, name));
}

/** xmllint-wasm refuses file names that could read as command-line options; keys like `feeds/x.atom` are fine once flattened. */
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[-_.]+/, '') || 'feed.atom';
}
