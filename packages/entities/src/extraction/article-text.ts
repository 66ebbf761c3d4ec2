/**
 * The plain text of an article's body, whatever the CMS stored it as: plain text, Markdown or a
 * block editor's JSON (Strapi's `blocks`). The extractor reads plain text only; this is the one
 * place that turns a stored body into it.
 */
import removeMarkdown from 'remove-markdown';

/** How an article body is stored. */
export type ArticleBodyFormat = 'text' | 'markdown' | 'blocks';

/** The body as plain text, paragraphs separated by blank lines; '' when there is nothing to read. */
export function articleText(body: unknown, format: ArticleBodyFormat): string {
  if (format === 'blocks') return blocksToText(body);
  if (typeof body !== 'string') return '';
  return format === 'markdown' ? markdownToText(body) : body;
}

// Block-level HTML (rich-text editors that store HTML, or HTML inside Markdown) ends a line or a
// paragraph; without this, removing the tags would glue paragraphs together.
const HTML_LINE_BREAK = /<br\s*\/?>/gi;
const HTML_BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote|pre|tr|table|ul|ol)>/gi;
// [label]: https://... lines (reference-style link definitions) are addresses, not text.
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm;
// Backslash escapes (\* \_ \# ...) mean the character itself: hidden from the Markdown rules, restored after.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const HIDDEN = /[\uE000-\uE07F]/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Markdown (or light HTML) as plain text: headings, emphasis, code and quotes keep their words, links their text, images go. */
export function markdownToText(markdown: string): string {
  const prepared = markdown
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPED, (_m, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)))
    .replace(HTML_LINE_BREAK, '\n')
    .replace(HTML_BLOCK_END, '\n\n')
    .replace(LINK_DEFINITION, '');
  const text = removeMarkdown(prepared, { gfm: true, useImgAltText: false })
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(HIDDEN, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
  return tidy(text);
}

/** A node of a block editor's document (Strapi `blocks`): blocks hold inline nodes, inline nodes hold text. */
interface BlockNode {
  type?: string;
  text?: string;
  children?: BlockNode[];
}

const childrenOf = (node: BlockNode): BlockNode[] => (Array.isArray(node.children) ? node.children : []);

/** The words of inline nodes (text, links, bold...), in order. */
function inlineText(nodes: BlockNode[]): string {
  return nodes.map((node) => (typeof node.text === 'string' ? node.text : inlineText(childrenOf(node)))).join('');
}

/** The lines of one block: one for a paragraph, heading, quote or code block, one per list item, none for an image. */
function blockLines(node: BlockNode): string[] {
  switch (node.type) {
    case 'image':
      return [];
    case 'list':
      return childrenOf(node).flatMap(blockLines);
    case 'list-item': {
      // A nested list may sit inside the item; its items get lines of their own.
      const nested = childrenOf(node).filter((child) => child.type === 'list');
      const own = inlineText(childrenOf(node).filter((child) => child.type !== 'list'));
      return [own, ...nested.flatMap(blockLines)];
    }
    default:
      return [inlineText(childrenOf(node))];
  }
}

/** A block editor's document (an array of blocks, or its JSON) as plain text, one paragraph per block. */
export function blocksToText(blocks: unknown): string {
  let parsed = blocks;
  if (typeof blocks === 'string') {
    try {
      parsed = JSON.parse(blocks);
    } catch {
      return '';
    }
  }
  if (!Array.isArray(parsed)) return '';
  const paragraphs = (parsed as BlockNode[]).map((block) => blockLines(block ?? {}).filter((line) => line.trim()).join('\n'));
  return tidy(paragraphs.join('\n\n'));
}

/** No indentation or trailing spaces, at most one blank line between paragraphs, none around the text. */
function tidy(text: string): string {
  return text
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
