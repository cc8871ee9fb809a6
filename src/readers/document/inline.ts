/**
 * Inline markup → visible text. Text exports carry Markdown emphasis (**bold**) and HTML
 * fragments (<b>, <sup>1</sup>, <ul><li>, <br>) inside paragraphs and table cells; the HTML
 * reader has the same elements. All of them go through here so every reader agrees.
 */
import { parseFragment } from 'parse5';

export interface InlineText {
  text: string;
  bold: boolean;
  footnotes: string[];
}

interface Acc {
  parts: string[];
  boldChars: number;
  totalChars: number;
  footnotes: string[];
  htmlWhitespace: boolean;
}

export type InlineNode = {
  nodeName: string;
  value?: string;
  childNodes?: InlineNode[];
  attrs?: { name: string; value: string }[];
};

const BLOCK_ELEMENTS = new Set(['p', 'div', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const FOOTNOTE_MARKER = /^\s*[\d*a-z†‡]{1,3}\s*$/i;

/** Markdown emphasis to HTML tags: "**a**" → "<b>a</b>", "*a*" → "a"; "****" joins two bold runs. */
export function markdownEmphasisToHtml(line: string): string {
  if (!line.includes('*') && !line.includes('__')) return line;
  let out = line.replace(/\*\*\*\*/g, '**\n**');
  let bold = false;
  out = out.replace(/\\\*|\*\*|__(?=\S)|(?<=\S)__/g, (token) => {
    if (token === '\\*') return '*';
    bold = !bold;
    return bold ? '<b>' : '</b>';
  });
  // A single "*" pair is italic: visible text only.
  return out.replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=$|[\s).,;:])/g, '$1$2');
}

function walk(node: InlineNode, bold: boolean, acc: Acc): void {
  if (node.nodeName === '#text') {
    // In an HTML page a line break in the source is a space (LibreOffice wraps its lines at 80
    // characters mid-sentence); only <br> and blocks break lines. A text export's cell keeps its own.
    const value = acc.htmlWhitespace ? (node.value ?? '').replace(/[\r\n]+/g, ' ') : (node.value ?? '');
    acc.parts.push(value);
    const visible = value.replace(/\s/g, '').length;
    acc.totalChars += visible;
    if (bold) acc.boldChars += visible;
    return;
  }
  const name = node.nodeName;
  if (name === '#comment' || name === 'style' || name === 'script') return;
  if (name === 'br') {
    acc.parts.push('\n');
    return;
  }
  if (name === 'sup') {
    const inner = textOf(node);
    if (FOOTNOTE_MARKER.test(inner)) {
      acc.footnotes.push(inner.trim());
      return;
    }
  }
  const isBold = bold || name === 'b' || name === 'strong' || /^h[1-6]$/.test(name);
  if (name === 'li') {
    acc.parts.push('\n');
    const before = acc.parts.length;
    for (const child of node.childNodes ?? []) walk(child, isBold, acc);
    const itemText = acc.parts.slice(before).join('').trim();
    if (itemText && !/^[-+•–]/.test(itemText)) acc.parts.splice(before, 0, '- ');
    acc.parts.push('\n');
    return;
  }
  if (BLOCK_ELEMENTS.has(name)) acc.parts.push('\n');
  if (name === 'td' || name === 'th') acc.parts.push(' ');
  for (const child of node.childNodes ?? []) walk(child, isBold, acc);
  if (BLOCK_ELEMENTS.has(name)) acc.parts.push('\n');
}

function textOf(node: InlineNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** Collapse spaces inside lines, drop empty lines. */
export function tidyLines(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Visible text of inline HTML nodes (already parsed, e.g. a <td> from the HTML reader); `page` when
 * they come from an HTML page, whose source line breaks are spaces.
 */
export function nodesToInline(nodes: InlineNode[], options: { page?: boolean } = {}): InlineText {
  const acc: Acc = { parts: [], boldChars: 0, totalChars: 0, footnotes: [], htmlWhitespace: options.page ?? false };
  for (const node of nodes) walk(node, false, acc);
  const text = tidyLines(acc.parts.join(''));
  return { text, bold: acc.totalChars > 0 && acc.boldChars === acc.totalChars, footnotes: acc.footnotes };
}

const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Markdown backslash escapes ("\\-", "\\.", "\\[") as the characters they stand for (pandoc writes them). */
function unescapeMarkdown(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\\`_{}[\]()#+\-.!|~<>&"'$])/g, (_, c: string) => ENTITY[c] ?? c);
}

/** Visible text of a string that may hold Markdown emphasis and HTML fragments. */
export function inlineToText(raw: string, options: { markdown: boolean }): InlineText {
  const source = options.markdown ? unescapeMarkdown(markdownEmphasisToHtml(raw)) : raw;
  if (!/[<&]/.test(source)) return { text: tidyLines(source), bold: false, footnotes: [] };
  const fragment = parseFragment(source) as unknown as InlineNode;
  return nodesToInline(fragment.childNodes ?? []);
}
