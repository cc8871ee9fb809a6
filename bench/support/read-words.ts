/**
 * The floor of a plan import: the time to get a file's words out, with no table rebuilt, no field
 * read and no plan built. Each format's cheapest honest reader: text is decoded and split into
 * lines; Word, Excel and ODF packages are unzipped and the text runs of their XML taken with one
 * regular expression; HTML is parsed by parse5; a PDF's text items are asked of pdfjs page by page.
 */
import { parse } from 'parse5';
import { readZipPackage } from '../../src/readers/zip-package.js';

export type FloorFormat = 'txt' | 'md' | 'html' | 'docx' | 'xlsx' | 'ods' | 'pdf';

const XML_TEXT = /<(?:w:t|t|text:p|text:span)(?:\s[^>]*)?>([^<]*)</g;

function xmlWords(bytes: Uint8Array, parts: (name: string) => boolean): number {
  let words = 0;
  for (const xml of readZipPackage(bytes, undefined, parts).values()) {
    for (const match of xml.toString('utf8').matchAll(XML_TEXT)) words += match[1]!.split(/\s+/).length;
  }
  return words;
}

async function pdfWords(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useWasm: false });
  const pdf = await task.promise;
  let words = 0;
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    for (const item of content.items) if ('str' in item) words += item.str.split(/\s+/).length;
  }
  await task.destroy();
  return words;
}

/** Reads the words of `bytes`; the count is returned so that the work cannot be optimised away. */
export async function readWords(format: FloorFormat, bytes: Uint8Array): Promise<number> {
  switch (format) {
    case 'txt':
    case 'md':
      return new TextDecoder().decode(bytes).split('\n').length;
    case 'html':
      return parse(new TextDecoder().decode(bytes)).childNodes.length;
    case 'docx':
      return xmlWords(bytes, (name) => name === 'word/document.xml');
    case 'xlsx':
      return xmlWords(bytes, (name) => name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/'));
    case 'ods':
      return xmlWords(bytes, (name) => name === 'content.xml');
    case 'pdf':
      return pdfWords(bytes);
  }
}
