import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, parseBlocks } from '../../functions/core/intake/blocks.ts';
import { renderContentHtml } from '../../functions/core/record/render-content-html.ts';

const seedArticle = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

const headings = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
const lists = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'list' ? [block] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

describe('Function: parseBlocks', () => {
  describe('the seed article (plain text, one paragraph per line)', () => {
    it('finds exactly the four sub-headings', () => {
      // Act
      const blocks = parseBlocks(seedArticle, 'text');

      // Assess
      expect(headings(blocks)).toEqual([
        'Поддержка международного права',
        'Оценка роли Казахстана',
        'Подготовка к международной конференции',
        'Перспективы сотрудничества',
      ]);
    });

    it('finds exactly three bullet lists of 3, 3 and 4 items, the last ending with the experts item', () => {
      // Act
      const found = lists(parseBlocks(seedArticle, 'text'));

      // Assess
      expect(found.map((list) => list.items.length)).toEqual([3, 3, 4]);
      expect(found.every((list) => !list.ordered)).toBe(true);
      expect(found[0]?.items[0]).toBe('развитие двустороннего взаимодействия');
      expect(found[1]?.items).toContain('конференция пройдет в Аммане (Иордания)');
      expect(found[2]?.items.slice(0, 3)).toEqual(['международном', 'региональном', 'национальном']);
      expect(found[2]?.items[3]).toMatch(/^Эксперты отмечают, что взаимодействие .* международной безопасности\.$/);
    });

    it('opens with the lead paragraph, keeping its two sentences together', () => {
      // Act
      const [first] = parseBlocks(seedArticle, 'text');

      // Assess
      expect(first?.kind).toBe('paragraph');
      expect(first?.kind === 'paragraph' && first.text).toMatch(/^В Астане состоялась встреча .* передает DKNews\.kz\.$/);
    });

    it('keeps every line of the article in some block, in order', () => {
      // Prepare
      const lines = seedArticle
        .split('\n')
        .map((line) => line.replace(/^- /, '').trim())
        .filter(Boolean);

      // Act
      const blocks = parseBlocks(seedArticle, 'text');
      const texts = blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text]));

      // Assess
      expect(texts).toEqual(lines);
    });

    it('puts the introducing sentence before the last list in a paragraph, not a heading', () => {
      // Act
      const blocks = parseBlocks(seedArticle, 'text');

      // Assess
      expect(paragraphs(blocks)).toContain('Сотрудничество планируется развивать на нескольких уровнях:');
    });
  });

  describe('plain text', () => {
    it('joins hard-wrapped lines into one paragraph', () => {
      // Prepare
      const text = [
        'Министры иностранных дел Казахстана и Узбекистана',
        'обсудили в Ташкенте вопросы водопользования и',
        'транспортных коридоров.',
        'Следующая встреча пройдет в Астане.',
      ].join('\n');

      // Act
      const blocks = parseBlocks(text, 'text');

      // Assess
      expect(blocks).toEqual([
        {
          kind: 'paragraph',
          text: 'Министры иностранных дел Казахстана и Узбекистана обсудили в Ташкенте вопросы водопользования и транспортных коридоров.',
        },
        { kind: 'paragraph', text: 'Следующая встреча пройдет в Астане.' },
      ]);
    });

    it('joins a hard-wrapped English paragraph whose first line is short', () => {
      // Prepare
      const text = 'The foreign ministers met\nin Astana on Tuesday.\n\nThey agreed to meet again.';

      // Act
      const blocks = parseBlocks(text, 'text');

      // Assess
      expect(headings(blocks)).toEqual([]);
      expect(paragraphs(blocks)).toEqual(['The foreign ministers met in Astana on Tuesday.', 'They agreed to meet again.']);
    });

    it('treats a short capitalised line without final punctuation before more text as a heading', () => {
      // Prepare
      const text = 'Talks in Astana\nThe ministers met on Tuesday.';

      // Act
      const blocks = parseBlocks(text, 'text');

      // Assess
      expect(blocks).toEqual([
        { kind: 'heading', level: 2, text: 'Talks in Astana' },
        { kind: 'paragraph', text: 'The ministers met on Tuesday.' },
      ]);
    });

    it('does not make a heading of a last line, however short', () => {
      // Act
      const blocks = parseBlocks('The ministers met.\nEnd of report', 'text');

      // Assess
      expect(headings(blocks)).toEqual([]);
    });

    it('separates paragraphs at blank lines and accepts CRLF and CR line endings', () => {
      // Act
      const blocks = parseBlocks('first line of one\r\nparagraph\r\n\r\nsecond paragraph\r\rthird paragraph', 'text');

      // Assess
      expect(paragraphs(blocks)).toEqual(['first line of one paragraph', 'second paragraph', 'third paragraph']);
    });

    it('reads numbered lines as an ordered list and bullets as an unordered one', () => {
      // Prepare
      const text = 'Agenda:\n1. trade\n2) water\n3. transport\n\n• security\n* culture';

      // Act
      const found = lists(parseBlocks(text, 'text'));

      // Assess
      expect(found).toEqual([
        { kind: 'list', ordered: true, items: ['trade', 'water', 'transport'] },
        { kind: 'list', ordered: false, items: ['security', 'culture'] },
      ]);
    });
  });

  describe('Markdown', () => {
    it('reads #, ## and ### headings, mapping # and ## to level 2 and ### to level 3', () => {
      // Prepare
      const text = '# Title\n\n## Section\n\n### Subsection\n\n#### Detail ####\n\nBody.';

      // Act
      const blocks = parseBlocks(text, 'markdown');

      // Assess
      expect(blocks.filter((block) => block.kind === 'heading')).toEqual([
        { kind: 'heading', level: 2, text: 'Title' },
        { kind: 'heading', level: 2, text: 'Section' },
        { kind: 'heading', level: 3, text: 'Subsection' },
        { kind: 'heading', level: 4, text: 'Detail' },
      ]);
    });

    it('does not treat #hashtag (no space) as a heading', () => {
      // Act
      const blocks = parseBlocks('#hashtag in text', 'markdown');

      // Assess
      expect(blocks).toEqual([{ kind: 'paragraph', text: '#hashtag in text' }]);
    });

    it('reads -, * and + bullets and numbered items as lists', () => {
      // Prepare
      const text = 'Intro.\n\n- one\n* two\n+ three\n\n1. first\n2. second';

      // Act
      const found = lists(parseBlocks(text, 'markdown'));

      // Assess
      expect(found).toEqual([
        { kind: 'list', ordered: false, items: ['one', 'two', 'three'] },
        { kind: 'list', ordered: true, items: ['first', 'second'] },
      ]);
    });

    it('joins the lines of a paragraph, even after a full stop, and splits paragraphs at blank lines', () => {
      // Prepare
      const text = 'First sentence.\nSecond sentence of the same paragraph.\n\nAnother paragraph.';

      // Act
      const blocks = parseBlocks(text, 'markdown');

      // Assess
      expect(blocks).toEqual([
        { kind: 'paragraph', text: 'First sentence. Second sentence of the same paragraph.' },
        { kind: 'paragraph', text: 'Another paragraph.' },
      ]);
    });

    it('does not guess headings from shape in Markdown', () => {
      // Act
      const blocks = parseBlocks('Talks in Astana\n\nThe ministers met.', 'markdown');

      // Assess
      expect(headings(blocks)).toEqual([]);
    });
  });
});

describe('Function: renderContentHtml', () => {
  it('renders headings, paragraphs and lists as the matching elements', () => {
    // Prepare
    const blocks: Block[] = [
      { kind: 'heading', level: 3, text: 'Итоги' },
      { kind: 'paragraph', text: 'Стороны договорились.' },
      { kind: 'list', ordered: false, items: ['один', 'два'] },
      { kind: 'list', ordered: true, items: ['первый'] },
    ];

    // Act
    const html = renderContentHtml(blocks);

    // Assess
    expect(html).toBe(
      '<h3>Итоги</h3>\n<p>Стороны договорились.</p>\n<ul><li>один</li><li>два</li></ul>\n<ol><li>первый</li></ol>',
    );
  });

  it('renders the seed article with four h2 headings and three lists', () => {
    // Act
    const html = renderContentHtml(parseBlocks(seedArticle, 'text'));

    // Assess
    expect(html.match(/<h2>/g)).toHaveLength(4);
    expect(html.match(/<ul>/g)).toHaveLength(3);
    expect(html.match(/<li>/g)).toHaveLength(10);
    expect(html).toContain('<h2>Оценка роли Казахстана</h2>');
    expect(html.startsWith('<p>В Астане состоялась встреча')).toBe(true);
  });

  it('escapes hostile markup so that no element from the submission survives', () => {
    // Prepare
    const text = [
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror="alert(document.cookie)">',
      '',
      '- <a href="javascript:alert(1)">click</a> & \'quoted\'',
      '',
      '<SCRIPT src=//evil.example></SCRIPT>',
    ].join('\n');

    // Act
    const html = renderContentHtml(parseBlocks(text, 'markdown'));

    // Assess
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(document.cookie)&quot;&gt;');
    expect(html).toContain('&amp; &#39;quoted&#39;');
    const tags = html.match(/<\/?[a-z][a-z0-9]*/gi) ?? [];
    expect(new Set(tags.map((tag) => tag.replace('/', '').toLowerCase()))).toEqual(new Set(['<p', '<ul', '<li']));
  });

  it('strips control characters such as NUL and BEL from the text', () => {
    // Prepare
    const blocks = parseBlocks('Стороны\u0000 договорились\u0007 о встрече.\n\n- пункт\u001b', 'text');

    // Act
    const html = renderContentHtml(blocks);

    // Assess
    expect(html).toBe('<p>Стороны договорились о встрече.</p>\n<ul><li>пункт</li></ul>');
  });

  it('escapes ampersands and quotes in headings', () => {
    // Act
    const html = renderContentHtml([{ kind: 'heading', level: 2, text: 'R&D "2026" <b>' }]);

    // Assess
    expect(html).toBe('<h2>R&amp;D &quot;2026&quot; &lt;b&gt;</h2>');
  });
});
