/** fast-xml-parser in ordered mode, and the few accessors the DOCX reader needs. */
import { XMLParser } from 'fast-xml-parser';

export type XNode = Record<string, unknown>;

export const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Only the XML and HTML named entities; a DOCTYPE is refused before parsing (xml-guard.ts).
  processEntities: {
    enabled: true,
    maxEntityCount: 1,
    maxEntitySize: 100,
    maxTotalExpansions: 1000,
    maxExpandedLength: 10_000,
  },
  htmlEntities: true,
});

export function tagOf(node: XNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}
export function kids(node: XNode): XNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
}
export function attrOf(node: XNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}
export function child(node: XNode, tag: string): XNode | undefined {
  return kids(node).find((k) => tagOf(k) === tag);
}
