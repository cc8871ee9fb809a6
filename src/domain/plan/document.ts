/**
 * The neutral document model every reader (plain text, Markdown, HTML, DOCX) produces and
 * plan assembly consumes. It keeps what the readers can see and no more: text, bold, lists,
 * footnote markers, table cells with their spans, and where a page break fell.
 */

export interface DocumentCell {
  /** Visible text; list items and line breaks inside the cell are separated by "\n". */
  text: string;
  /** The whole visible text is bold (area titles are printed bold). */
  bold: boolean;
  /** Columns this cell spans (w:gridSpan, colspan); 1 for an ordinary cell. */
  colSpan: number;
  /** Rows this cell spans downwards (rowspan); 1 for an ordinary cell. */
  rowSpan: number;
  /** The cell continues a vertical merge started above (w:vMerge without "restart"). */
  mergedAbove: boolean;
  /** Footnote markers found in the cell (the "1" of <sup>1</sup>), removed from `text`. */
  footnotes: string[];
}

export interface DocumentRow {
  cells: DocumentCell[];
  /** Marked as a header row repeated on every page (w:tblHeader, <th>/<thead>). */
  header: boolean;
  /** A page break (or a blank gap in a text export) fell just before this row. */
  breakBefore: boolean;
  /** 1-based line in the source file for text exports, null otherwise. */
  line: number | null;
}

export interface DocumentTable {
  kind: 'table';
  rows: DocumentRow[];
}

export interface DocumentParagraph {
  kind: 'paragraph';
  text: string;
  bold: boolean;
  /** Heading level from Markdown "#" or a Word heading style; 0 for body text. */
  headingLevel: number;
  /** A list item (Markdown "- ", <li>, a numbered Word paragraph). */
  listItem: boolean;
  footnotes: string[];
  /** Text of a footnote definition ("<sup>1</sup> Quyết định số …"), keyed by its marker. */
  footnoteDefinition: string | null;
  line: number | null;
}

export type DocumentBlock = DocumentParagraph | DocumentTable;

export interface PlanDocument {
  blocks: DocumentBlock[];
  /** Footnote texts by marker, from footnote definitions or word/footnotes.xml. */
  footnotes: Record<string, string>;
}

export function makeCell(text: string, init: Partial<DocumentCell> = {}): DocumentCell {
  return { text, bold: false, colSpan: 1, rowSpan: 1, mergedAbove: false, footnotes: [], ...init };
}

export function makeParagraph(text: string, init: Partial<DocumentParagraph> = {}): DocumentParagraph {
  return {
    kind: 'paragraph',
    text,
    bold: false,
    headingLevel: 0,
    listItem: false,
    footnotes: [],
    footnoteDefinition: null,
    line: null,
    ...init,
  };
}
