import { describe, expect, it } from 'vitest';
import { editorPageResponse } from '../../functions/local/editor-route.ts';
import { editorContentSecurityPolicy } from '../../site/editor-page.ts';

describe('Function: editorPageResponse', () => {
  it('serves the page at /editor/ with its Content-Security-Policy and redirects /editor there', async () => {
    // Act
    const page = await editorPageResponse('/editor/');
    const redirect = await editorPageResponse('/editor');

    // Assess
    expect(page?.statusCode).toBe(200);
    expect(page?.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': editorContentSecurityPolicy([]) });
    expect(Buffer.from(page?.body ?? []).toString('utf8')).toContain('<script type="module" src="editor.js"></script>');
    expect(redirect).toMatchObject({ statusCode: 301, headers: { location: '/editor/' } });
  });

  it('serves the script as JavaScript and the committed config.json, which points the page at this origin', async () => {
    // Act
    const script = await editorPageResponse('/editor/editor.js');
    const config = await editorPageResponse('/editor/config.json');

    // Assess
    expect(script?.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(JSON.parse(Buffer.from(config?.body ?? []).toString('utf8'))).toEqual({ apiUrl: '' });
  });

  it.each(['/editor/missing.js', '/editor/../package.json', '/editor/%2e%2e/package.json', '/editor/sub/index.html', '/editor/.hidden.json', '/editor/editor-page.ts'])(
    'serves nothing but the page’s own files: %s',
    async (path) => {
      // Act / Assess
      expect(await editorPageResponse(path)).toBeUndefined();
    },
  );
});
