import { articleText, blocksToText, extractBriefing, markdownToText } from '../../src';

describe('markdownToText', () => {
  it('keeps the words of headings, emphasis, code and quotes, and the paragraphs', () => {
    const markdown = [
      '# Gunmen attack police post in **Kidal**',
      '',
      'Gunmen _killed_ four police officers in Kidal on `Tuesday`, the army said.',
      '',
      '> "We will not leave," a resident said.',
      '',
      '## Background',
      'The town has seen ***repeated*** attacks.',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      [
        'Gunmen attack police post in Kidal',
        '',
        'Gunmen killed four police officers in Kidal on Tuesday, the army said.',
        '',
        '"We will not leave," a resident said.',
        '',
        'Background',
        'The town has seen repeated attacks.',
      ].join('\n'),
    );
  });

  it('turns links into their text and drops images, linked images and link definitions', () => {
    const markdown = [
      'Read the [UN report](https://un.example/report "Report") and [the statement][1].',
      '',
      '![Smoke over the town](https://img.example/smoke.jpg)',
      '',
      '[![Map](https://img.example/map.png)](https://maps.example)',
      '',
      '[1]: https://army.example/statement',
    ].join('\n');
    expect(markdownToText(markdown)).toBe('Read the UN report and the statement.');
  });

  it('keeps list items one per line, without their markers', () => {
    expect(markdownToText('Casualties:\n\n- four police officers\n* two civilians\n1. one soldier\n   - nested')).toBe(
      'Casualties:\n\nfour police officers\ntwo civilians\none soldier\nnested',
    );
  });

  it('keeps escaped characters and decodes HTML entities; HTML paragraphs stay apart', () => {
    expect(markdownToText('2025\\. A \\*starred\\* word &amp; more')).toBe('2025. A *starred* word & more');
    expect(markdownToText('<p>First paragraph.</p><p>Second<br>line.</p>')).toBe('First paragraph.\n\nSecond\nline.');
  });

  it('reads fenced code as its text and drops horizontal rules', () => {
    expect(markdownToText('Before\n\n---\n\n```text\nraw words\n```\n\nAfter')).toBe('Before\n\nraw words\n\nAfter');
  });
});

// A document as Strapi's blocks editor stores it.
const blocks = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Gunmen attack police post in Kidal' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Gunmen killed four police officers in ' },
      { type: 'link', url: 'https://maps.example/kidal', children: [{ type: 'text', text: 'Kidal', bold: true }] },
      { type: 'text', text: ' on Tuesday, the Malian army said.' },
    ],
  },
  { type: 'image', image: { url: '/uploads/smoke.jpg', alternativeText: 'Smoke' }, children: [{ type: 'text', text: '' }] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'four police officers' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'a driver' }, { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'wounded' }] }] }] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'nested item' }] }] },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: '"We will not leave," a resident said.' }] },
  { type: 'code', children: [{ type: 'text', text: 'raw words' }] },
  { type: 'paragraph', children: [{ type: 'text', text: '' }] },
];

describe('blocksToText', () => {
  it('reads paragraphs, headings, links, lists, quotes and code, one block per paragraph; images go', () => {
    expect(blocksToText(blocks)).toBe(
      [
        'Gunmen attack police post in Kidal',
        '',
        'Gunmen killed four police officers in Kidal on Tuesday, the Malian army said.',
        '',
        'four police officers\na driver\nwounded\nnested item',
        '',
        '"We will not leave," a resident said.',
        '',
        'raw words',
      ].join('\n'),
    );
  });

  it('reads the JSON string too, and gives nothing for what is not a document', () => {
    expect(blocksToText(JSON.stringify(blocks.slice(0, 1)))).toBe('Gunmen attack police post in Kidal');
    expect(blocksToText('not json')).toBe('');
    expect(blocksToText(null)).toBe('');
    expect(blocksToText({ type: 'paragraph' })).toBe('');
    expect(blocksToText([null, { type: 'paragraph' }, { children: 'odd' }])).toBe('');
  });
});

describe('articleText', () => {
  it('follows the stored format', () => {
    expect(articleText('Plain *text* stays.', 'text')).toBe('Plain *text* stays.');
    expect(articleText('Plain *text* stays.', 'markdown')).toBe('Plain text stays.');
    expect(articleText(blocks.slice(0, 2), 'blocks')).toMatch(/^Gunmen attack police post in Kidal\n\nGunmen killed/);
    expect(articleText(null, 'text')).toBe('');
    expect(articleText(42, 'markdown')).toBe('');
  });

  it('gives the extractor text it reads as it reads a pasted article', () => {
    const draft = extractBriefing(articleText(blocks, 'blocks'), { publishedAt: '2025-06-12' });
    expect(draft.incident.date).toBe('2025-06-10');
    expect(draft.places.map((p) => p.name)).toContain('Kidal');
  });
});
