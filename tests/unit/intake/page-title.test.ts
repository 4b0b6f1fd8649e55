import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../../functions/core/intake/submission.ts';

const page = (head: string) =>
  Buffer.from(
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">${head}</head><body><article><p>В Оше прошла встреча губернаторов двух областей. Стороны обсудили ремонт дорог.</p><p>Следующая встреча пройдёт осенью.</p></article></body></html>`,
    'utf8',
  );

describe("Intake: a page's title", () => {
  it('passes over a title too long to be one, for the next candidate, rather than cut it', async () => {
    // Prepare
    const long = 'Очень длинный заголовок '.repeat(30);

    // Act
    const withTitleTag = await parseSubmission(page(`<meta property="og:title" content="${long}"><title>Губернаторы встретились в Оше</title>`), 'text/html');
    const withNothingElse = await parseSubmission(page(`<meta property="og:title" content="${long}">`), 'text/html');

    // Assess
    expect(withTitleTag.title).toBe('Губернаторы встретились в Оше');
    expect(withNothingElse.title).toBeUndefined();
  });
});
