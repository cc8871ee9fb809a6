/**
 * Reads the XML inside DOCX files with jszip and fast-xml-parser, independently of the `docx`
 * package that wrote them, so the tests check what Word will read.
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Ordered = Record<string, unknown>;

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (name === undefined) return null;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(entry[name]) };
  const children = ((entry[name] as Ordered[]) ?? []).map(toNode).filter((node): node is XmlNode => node !== null);
  return { name, attrs: (entry[':@'] as Record<string, string>) ?? {}, children, text: '' };
}

export function parseXml(xml: string): XmlNode {
  const entries = parser.parse(xml) as Ordered[];
  return {
    name: '#document',
    attrs: {},
    children: entries.map(toNode).filter((n): n is XmlNode => n !== null),
    text: '',
  };
}

/** Descendants named `name`, in document order (not looking inside matches). */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => (child.name === name ? [child] : findAll(child, name)));
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The text of a paragraph, cell or table: its w:t runs joined, line breaks as "\n". */
export function textOf(node: XmlNode): string {
  if (node.name === '#text') return node.text;
  if (node.name === 'w:br') return '\n';
  if (node.name === 'w:instrText') return '';
  return node.children.map(textOf).join('');
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.attrs[name];
}

export interface OpenedDocx {
  files: string[];
  body: XmlNode;
  styles: XmlNode;
  /** Header parts by their relationship type in the section: default / first. */
  headers: Record<string, XmlNode>;
  sectionProperties: XmlNode;
}

export async function openDocx(buffer: Buffer): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the DOCX`);
    return parseXml(await file.async('string'));
  };
  const document = await read('word/document.xml');
  const body = findAll(document, 'w:body')[0];
  if (!body) throw new Error('no w:body');
  const sectionProperties = child(body, 'w:sectPr');
  if (!sectionProperties) throw new Error('no w:sectPr');
  const relationships = await read('word/_rels/document.xml.rels');
  const targets = new Map(findAll(relationships, 'Relationship').map((r) => [attr(r, 'Id'), attr(r, 'Target')]));
  const headers: Record<string, XmlNode> = {};
  for (const reference of findAll(sectionProperties, 'w:headerReference')) {
    const target = targets.get(attr(reference, 'r:id'));
    if (target) headers[attr(reference, 'w:type') ?? 'default'] = await read(`word/${target}`);
  }
  return { files: Object.keys(zip.files), body, styles: await read('word/styles.xml'), headers, sectionProperties };
}

/** Paragraphs directly in the body (not inside tables). */
export const bodyParagraphs = (body: XmlNode): XmlNode[] => body.children.filter((c) => c.name === 'w:p');
export const bodyTables = (body: XmlNode): XmlNode[] => body.children.filter((c) => c.name === 'w:tbl');
export const rowsOf = (table: XmlNode): XmlNode[] => table.children.filter((c) => c.name === 'w:tr');
export const cellsOf = (row: XmlNode): XmlNode[] => row.children.filter((c) => c.name === 'w:tc');
/** The non-empty paragraph texts of a cell. */
export const cellLines = (cell: XmlNode): string[] =>
  findAll(cell, 'w:p')
    .map(textOf)
    .filter((text) => text.length > 0);

/** An on/off property (w:b, w:tblHeader…) is on when present without a false value. */
export function isOn(flag: XmlNode): boolean {
  return !['false', '0', 'off'].includes(attr(flag, 'w:val') ?? 'true');
}

/** Whether every run of a paragraph carries the run property `property` (w:b, w:i…). */
export function allRunsHave(paragraph: XmlNode, property: string): boolean {
  const runs = findAll(paragraph, 'w:r').filter((run) => textOf(run).length > 0);
  return runs.length > 0 && runs.every((run) => findAll(run, property).some(isOn));
}

/** Half-point size of the first run with text. */
export function runSize(paragraph: XmlNode): number | undefined {
  const run = findAll(paragraph, 'w:r').find((r) => textOf(r).length > 0);
  const size = run ? findAll(run, 'w:sz')[0] : undefined;
  return size ? Number(attr(size, 'w:val')) : undefined;
}
