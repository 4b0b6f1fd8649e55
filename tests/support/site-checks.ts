// Checks over every object of the published site (see site-scenario.ts). Each returns what it found
// wrong, keyed or prefixed by the object's key, so a failing test names the file and the problem.

import { Parser } from 'htmlparser2';
import { ATOM_NS, parseXml, validateAtom, type XmlElement } from './atom-validator.ts';
import { validateJsonFeed } from './json-feed-validator.ts';
import { validateRecord } from './record-validator.ts';
import type { SiteFile } from './site-scenario.ts';

/** JSON Feeds are the `.json` documents under feeds/, except the index of feeds and its directory pages. */
export function isJsonFeedKey(key: string): boolean {
  return key.startsWith('feeds/') && key.endsWith('.json') && key !== 'feeds/index.json' && !key.startsWith('feeds/index/');
}

export function isRecordKey(key: string): boolean {
  return /^meetings\/[^/]+\.json$/.test(key);
}

/** Every `.atom` through the Atom validator. */
export async function atomFindings(files: SiteFile[]): Promise<Record<string, string[]>> {
  const invalid: Record<string, string[]> = {};
  for (const file of files.filter((f) => f.key.endsWith('.atom'))) {
    const result = await validateAtom(file.text, file.key);
    if (!result.valid) invalid[file.key] = result.errors;
  }
  return invalid;
}

/** Every JSON Feed through the JSON Feed 1.1 validator, and each item's `_meeting` through the record schema. */
export function jsonFeedFindings(files: SiteFile[]): Record<string, string[]> {
  const invalid: Record<string, string[]> = {};
  for (const file of files.filter((f) => isJsonFeedKey(f.key))) {
    const feed = validateJsonFeed(file.text);
    if (!feed.valid) invalid[file.key] = feed.errors;
    for (const item of JSON.parse(file.text).items ?? []) {
      const record = validateRecord(item._meeting);
      if (!record.valid) invalid[`${file.key} ${item.id}`] = record.errors;
    }
  }
  return invalid;
}

/** Every `meetings/*.json` through the record schema. */
export function recordFindings(files: SiteFile[]): Record<string, string[]> {
  const invalid: Record<string, string[]> = {};
  for (const file of files.filter((f) => isRecordKey(f.key))) {
    const result = validateRecord(JSON.parse(file.text));
    if (!result.valid) invalid[file.key] = result.errors;
  }
  return invalid;
}

/** Markup that could run, in every HTML there is: pages, Atom type="html" constructs, content_html, contentHtml. */
export function unsafeMarkupFindings(files: SiteFile[]): string[] {
  return files.flatMap((file) => htmlIn(file).flatMap(({ where, html, page }) => unsafeMarkup(html, page).map((problem) => `${file.key} ${where}: ${problem}`)));
}

/**
 * The same on the bytes of Atom and HTML bodies: a raw `<script` (other than our JSON-LD), a raw tag
 * with an `on…=` attribute, a raw tag with a javascript:/vbscript:/data:text URL. Hostile text may be
 * there, but only escaped (`&lt;script`), never as a tag.
 */
export function rawMarkupFindings(files: SiteFile[]): string[] {
  const patterns = [
    /<script\b(?![^>]*type="application\/ld\+json")[^>]*>?/gi,
    /<[a-z][^<>]*\son[a-z]+\s*=[^>]*>?/gi,
    /<[a-z][^<>]*\s(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data:text)[^"'>]*/gi,
  ];
  const found: string[] = [];
  for (const file of files.filter((f) => /\.(atom|html)$/.test(f.key))) {
    for (const pattern of patterns) for (const match of file.text.matchAll(pattern)) found.push(`${file.key}: ${match[0]}`);
  }
  return found;
}

/** Characters XML 1.0 forbids (C0 controls but tab/newline/return, U+FFFE/FFFF) and lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** In the bytes of every object (JSON escapes such characters, so its bytes stay clean). */
export function forbiddenCharactersInBodies(files: SiteFile[]): string[] {
  return files.filter((file) => FORBIDDEN.test(file.text)).map((file) => file.key);
}

/** In the parsed strings of every JSON object: what a partner's program reads. */
export function forbiddenCharactersInJsonStrings(files: SiteFile[]): string[] {
  return files
    .filter((file) => file.key.endsWith('.json'))
    .flatMap((file) => jsonStrings(JSON.parse(file.text)).filter((value) => FORBIDDEN.test(value)).map((value) => `${file.key}: ${JSON.stringify(value)}`));
}

export function atomEntries(xml: string): XmlElement[] {
  return parseXml(xml).children.filter((child) => child.namespace === ATOM_NS && child.name === 'entry');
}

export function childText(element: XmlElement, name: string): string {
  return element.children.find((child) => child.namespace === ATOM_NS && child.name === name)?.text ?? '';
}

/** Every string value in a JSON document. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

interface HtmlPiece {
  where: string;
  html: string;
  /** A whole page (our own template around the content), rather than a fragment of article content. */
  page: boolean;
}

function htmlIn(file: SiteFile): HtmlPiece[] {
  if (file.key.endsWith('.html')) return [{ where: 'page', html: file.text, page: true }];
  const found: HtmlPiece[] = [];
  if (file.key.endsWith('.atom')) {
    const walk = (element: XmlElement, path: string) => {
      if (element.attributes.type === 'html') found.push({ where: `${path}/${element.name}`, html: element.text, page: false });
      for (const [index, child] of element.children.entries()) walk(child, `${path}/${element.name}[${index}]`);
    };
    walk(parseXml(file.text), '');
  } else if (file.key.endsWith('.json')) {
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, `${path}/${index}`);
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'content_html' || key === 'contentHtml') && typeof child === 'string') found.push({ where: `${path}/${key}`, html: child, page: false });
          else walk(child, `${path}/${key}`);
        }
      }
    };
    walk(JSON.parse(file.text), '');
  }
  return found;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'srcset', 'cite']);
const EMBEDDING = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'form', 'svg', 'math']);

/** Tokenised as a browser would (htmlparser2): elements, attributes and URLs that could run or load something. */
function unsafeMarkup(html: string, page: boolean): string[] {
  const problems: string[] = [];
  let jsonLd: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isJsonLd = page && name === 'script' && attributes.type === 'application/ld+json';
        const allowedHere = isJsonLd || (page && name === 'meta' && attributes['http-equiv']?.toLowerCase() !== 'refresh');
        if (EMBEDDING.has(name) && !allowedHere) problems.push(`<${name}> element`);
        if (!page && (name === 'style' || name === 'link')) problems.push(`<${name}> element`);
        if (isJsonLd) jsonLd = '';
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) problems.push(`${attribute} attribute on <${name}>`);
          if (attribute === 'style' && !page) problems.push(`style attribute on <${name}>`);
          if (!URL_ATTRIBUTES.has(attribute)) continue;
          const url = value.replace(/[\u0000-\u0020\u007F]/g, '').toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
          // An empty or image data: URL for a page's icon loads nothing that runs.
          const harmlessIcon = page && name === 'link' && /\bicon\b/.test(attributes.rel ?? '') && /^data:(,|image\/(png|gif|x-icon);)/.test(url);
          if (scheme && !['http', 'https', 'mailto'].includes(scheme) && !harmlessIcon) problems.push(`${attribute}="${value}" on <${name}>`);
        }
      },
      ontext(data) {
        if (jsonLd !== null) jsonLd += data;
      },
      onclosetag(name) {
        if (name !== 'script' || jsonLd === null) return;
        // A `</script>` smuggled into the data would end the block early and break the JSON.
        try {
          JSON.parse(jsonLd);
        } catch {
          problems.push('JSON-LD that does not parse (broken out of its <script>?)');
        }
        jsonLd = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}
