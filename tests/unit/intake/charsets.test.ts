import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../../functions/core/intake/submission.ts';
import { rejection } from '../../support/submission-rejection.ts';
import { ARTICLE_TEXT, ENCODINGS, encode, FORMS } from './article-forms.ts';

const LEGACY = ENCODINGS.filter((encoding) => !encoding.label.startsWith('utf'));

describe('Intake: every form in every charset arrives as the same text', () => {
  const cases = FORMS.flatMap((form) =>
    ENCODINGS.flatMap((encoding) => [
      { form, encoding, declared: true, name: `${form.name} in ${encoding.name}, declared in Content-Type` },
      { form, encoding, declared: false, name: `${form.name} in ${encoding.name}, undeclared` },
    ]),
  );

  it.each(cases)('reads $name', async ({ form, encoding, declared }) => {
    // Prepare
    const contentType = declared ? `${form.mediaType}; charset=${encoding.label}` : form.mediaType;
    const reference = await parseSubmission(encode(form.source, { label: 'utf-8', bom: false }), `${form.mediaType}; charset=utf-8`);

    // Act
    const submission = await parseSubmission(encode(form.source, encoding), contentType);

    // Assess
    expect(submission.text).toBe(ARTICLE_TEXT);
    expect({ ...submission, warnings: undefined }).toEqual({ ...reference, warnings: undefined });
    // Only a charset that had to be guessed is worth a warning; the guess is named so the editor can check it.
    const guessed = !declared && !encoding.bom && encoding.label !== 'utf-8';
    expect(submission.warnings ?? []).toEqual(guessed ? [expect.stringContaining(`it was read as ${encoding.label}`)] : []);
  });

  const pages = FORMS.filter((form) => form.withMeta);
  it.each(pages.flatMap((form) => [...LEGACY, ENCODINGS[0]!].map((encoding) => ({ form, encoding, name: `${form.name} in ${encoding.name}` }))))(
    'reads $name that declares its charset in a <meta> tag, with no warning',
    async ({ form, encoding }) => {
      // Act
      const submission = await parseSubmission(encode(form.withMeta!(encoding.label), encoding), form.mediaType);

      // Assess
      expect(submission.text).toBe(ARTICLE_TEXT);
      expect(submission.warnings).toBeUndefined();
    },
  );
});

describe('Intake: charsets declared, contradicted and unknown', () => {
  it('reads a page whose Content-Type and <meta> disagree by the Content-Type', async () => {
    // Prepare
    const form = FORMS.find((f) => f.name === 'a news page')!;
    const body = encode(form.withMeta!('koi8-r'), { label: 'windows-1251', bom: false });

    // Act
    const submission = await parseSubmission(body, 'text/html; charset=windows-1251');

    // Assess
    expect(submission.text).toBe(ARTICLE_TEXT);
  });

  it('reads UTF-8 labelled with a legacy charset as UTF-8, and says so', async () => {
    // Act
    const submission = await parseSubmission(Buffer.from('Встреча в Москве.'), 'text/plain; charset=iso-8859-1');

    // Assess
    expect(submission.text).toBe('Встреча в Москве.');
    expect(submission.warnings).toEqual(['Content-Type declares charset iso-8859-1, but the article\'s bytes are UTF-8; it was read as UTF-8.']);
  });

  it('reads "utf-16" without a BOM as big-endian when the bytes are', async () => {
    // Act
    const submission = await parseSubmission(encode(ARTICLE_TEXT, { label: 'utf-16be', bom: false }), 'text/plain; charset=UTF-16');

    // Assess
    expect(submission.text).toBe(ARTICLE_TEXT);
  });

  it('decodes any charset of the Encoding Standard that is declared, such as ISO-8859-5', async () => {
    // Act
    const submission = await parseSubmission(encode('Встреча министров в Астане.', { label: 'iso-8859-5', bom: false }), 'text/plain; charset=ISO-8859-5');

    // Assess
    expect(submission.text).toBe('Встреча министров в Астане.');
  });

  it('refuses a charset it cannot decode with 415, naming it and some it can', async () => {
    // Act
    const error = await rejection(Buffer.from('Body.'), 'text/plain; charset=utf-7');

    // Assess
    expect(error.status).toBe(415);
    expect(error.message).toBe(
      'Charset "utf-7" is not one we can decode; send UTF-8, or name a charset of the WHATWG Encoding Standard (for example windows-1251, koi8-r or utf-16le).',
    );
  });
});

describe('Intake: bytes that cannot be decoded', () => {
  it('says at which byte a declared UTF-8 body breaks, what comes before it, and which charset the bytes look like', async () => {
    // Prepare
    const body = Buffer.concat([Buffer.from('Встреча в Астане. '), encode('Стороны обсудили сотрудничество в сфере водных ресурсов.', { label: 'windows-1251', bom: false })]);

    // Act
    const error = await rejection(body, 'text/plain; charset=utf-8');

    // Assess
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_encoding');
    const offset = Buffer.byteLength('Встреча в Астане. ');
    expect(error.message).toBe(
      `The article is not valid UTF-8, the charset its Content-Type declares, at byte ${offset} (0xD1 0xF2 0xEE 0xF0, after "Встреча в Астане."). ` +
        'Its bytes look like windows-1251: declare charset=windows-1251, or re-save the article as UTF-8.',
    );
  });

  it('points at the first byte of a broken sequence when no charset was declared and none could be recognised', async () => {
    // Act
    const error = await rejection(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), 'text/plain');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'The article is not valid UTF-8 at byte 1 (0xC3 0x28 0x42, after "A"), and no charset was declared or could be recognised from its bytes. ' +
        'Re-save it as UTF-8, or declare its charset (for example Content-Type: text/plain; charset=windows-1251).',
    );
  });

  it('counts the byte order mark in the offset', async () => {
    // Prepare
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks '), Buffer.from([0xff]), Buffer.from(' ended.')]);

    // Act
    const error = await rejection(body, 'text/plain');

    // Assess
    expect(error.message).toMatch(/^The article starts with a UTF-8 byte order mark but is not valid UTF-8 at byte 9 \(0xFF 0x20 0x65 0x6E, after "Talks"\)\. Re-save it as UTF-8\.$/);
  });

  it('says when a UTF-16 body ends in the middle of a character', async () => {
    // Act
    const error = await rejection(Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'text/plain; charset=utf-16le');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toContain('not valid UTF-16LE, the charset its Content-Type declares, at byte 4 (0x43, after "AB": the article ends in the middle of a character)');
  });

  it('finds a lone surrogate in UTF-16', async () => {
    // Prepare
    const body = Buffer.concat([encode('Встреча', { label: 'utf-16le', bom: false }), Buffer.from([0x00, 0xd8]), encode(' министров', { label: 'utf-16le', bom: false })]);

    // Act
    const error = await rejection(body, 'text/plain; charset=utf-16le');

    // Assess
    expect(error.message).toContain('at byte 14 (0x00 0xD8 0x20 0x00, after "Встреча")');
  });

  it('refuses a page whose <meta charset> the bytes contradict, pointing at the meta tag', async () => {
    // Prepare
    const form = FORMS.find((f) => f.name === 'a news page')!;
    const body = encode(form.withMeta!('utf-8'), { label: 'windows-1251', bom: false });

    // Act
    const error = await rejection(body, 'text/html');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^The page declares its charset as utf-8 \(<meta charset>\) but is not valid UTF-8 at byte \d+ /);
    expect(error.message).toContain('Its bytes look like windows-1251: declare charset=windows-1251');
  });

  it('refuses binary data as not text, naming what it looks like', async () => {
    // Prepare
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'), gzipSync('x'.repeat(300))]);

    // Act
    const error = await rejection(pdf, 'text/plain');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toBe("The body is not text: its bytes look like application/pdf. Send the article's text (text/plain, text/markdown, text/html or JSON).");
  });

  it('refuses a small image that could pass for UTF-16, by the NULs it would hold as text', async () => {
    // Prepare: a 1x1 PNG, which jschardet's statistics take for UTF-16LE Chinese.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

    // Act
    const error = await rejection(png, 'text/plain');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^The body is not text: .* it holds NUL characters, as binary files do\./);
  });
});
