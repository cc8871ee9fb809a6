/**
 * HTML (a page saved from a portal, Word's "Web page" export) → document model, with parse5.
 * Tables keep rowspan/colspan; <th>/<thead> rows are header rows; <b> titles, <sup> footnote
 * markers and <ul><li> lists inside cells go through the shared inline reader.
 */
import { parse } from 'parse5';
import {
  makeCell,
  makeParagraph,
  type DocumentBlock,
  type DocumentRow,
  type DocumentTable,
  type PlanDocument,
} from '../../domain/plan/document.js';
import { nodesToInline } from './inline.js';

type Node = {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
  content?: Node;
};

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'address',
]);
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'center',
  'form',
  'nav',
  'aside',
  'figure',
  'template',
]);
const SKIP = new Set(['head', 'script', 'style', 'noscript', '#comment', 'title', 'meta', 'link']);

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
// Kept as written; checkDocumentShape refuses spans no real plan has, naming them as the file gives them.
const span = (node: Node, name: string) => Math.max(1, Number.parseInt(attr(node, name) ?? '1', 10) || 1);

function children(node: Node): Node[] {
  return node.nodeName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
}

function containsBlock(node: Node): boolean {
  return children(node).some(
    (c) => c.nodeName === 'table' || BLOCKS.has(c.nodeName) || CONTAINERS.has(c.nodeName) || containsBlock(c),
  );
}

function rowsOf(node: Node, inHead: boolean, out: { node: Node; head: boolean }[]): void {
  for (const child of children(node)) {
    if (child.nodeName === 'tr') out.push({ node: child, head: inHead });
    else if (child.nodeName === 'thead') rowsOf(child, true, out);
    else if (child.nodeName === 'tbody' || child.nodeName === 'tfoot') rowsOf(child, false, out);
  }
}

function readTable(table: Node): DocumentTable {
  const trs: { node: Node; head: boolean }[] = [];
  rowsOf(table, false, trs);
  const rows: DocumentRow[] = trs.map(({ node, head }) => {
    const tds = children(node).filter((c) => c.nodeName === 'td' || c.nodeName === 'th');
    const cells = tds.map((td) => {
      const inline = nodesToInline(children(td), { page: true });
      return makeCell(inline.text, {
        bold: inline.bold,
        footnotes: inline.footnotes,
        colSpan: span(td, 'colspan'),
        rowSpan: span(td, 'rowspan'),
      });
    });
    const header = head || (tds.length > 0 && tds.every((c) => c.nodeName === 'th'));
    return { cells, header, breakBefore: false, line: null };
  });
  return { kind: 'table', rows };
}

function paragraphFrom(nodes: Node[], tag: string, blocks: DocumentBlock[], footnotes: Record<string, string>): void {
  const first = nodes.find((n) => n.nodeName !== '#text' || (n.value ?? '').trim());
  const inline = nodesToInline(nodes, { page: true });
  if (!inline.text) return;
  const heading = /^h([1-6])$/.exec(tag);
  const definition = first?.nodeName === 'sup' ? inline.footnotes[0] : undefined;
  const paragraph = makeParagraph(inline.text, {
    bold: inline.bold,
    headingLevel: heading ? Number(heading[1]) : 0,
    listItem: tag === 'li',
    footnotes: definition ? inline.footnotes.slice(1) : inline.footnotes,
    footnoteDefinition: definition ?? null,
  });
  if (definition) footnotes[definition] = inline.text;
  blocks.push(paragraph);
}

function walk(node: Node, blocks: DocumentBlock[], footnotes: Record<string, string>): void {
  let inlineRun: Node[] = [];
  const flush = () => {
    if (inlineRun.length) paragraphFrom(inlineRun, 'p', blocks, footnotes);
    inlineRun = [];
  };
  for (const child of children(node)) {
    const name = child.nodeName;
    if (SKIP.has(name)) continue;
    if (name === 'table') {
      flush();
      blocks.push(readTable(child));
    } else if (BLOCKS.has(name) && !children(child).some((c) => c.nodeName === 'table')) {
      flush();
      paragraphFrom(children(child), name, blocks, footnotes);
    } else if (CONTAINERS.has(name) || BLOCKS.has(name) || containsBlock(child)) {
      flush();
      walk(child, blocks, footnotes);
    } else if (name === 'br') {
      flush();
    } else {
      inlineRun.push(child);
    }
  }
  flush();
}

export function readHtmlDocument(source: string): PlanDocument {
  const root = parse(source) as unknown as Node;
  const blocks: DocumentBlock[] = [];
  const footnotes: Record<string, string> = {};
  walk(root, blocks, footnotes);
  return { blocks, footnotes };
}
