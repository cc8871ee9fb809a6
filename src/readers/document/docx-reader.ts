/**
 * DOCX → document model, read from the package's own XML (word/document.xml, numbering.xml,
 * footnotes.xml) so vertical merges (w:vMerge), spans (w:gridSpan), repeated header rows
 * (w:tblHeader), automatic numbering and footnote references survive.
 */
import {
  makeCell,
  makeParagraph,
  type DocumentBlock,
  type DocumentCell,
  type DocumentRow,
  type DocumentTable,
  type PlanDocument,
} from '../../domain/plan/document.js';
import { DOCUMENT_LIMITS, tooComplex } from '../limits.js';
import { checkXmlShape } from '../xml-guard.js';
import { tidyLines } from './inline.js';
import { Numbering } from './docx-numbering.js';
import { attrOf, child, kids, tagOf, xmlParser, type XNode } from './docx-xml.js';

const isOn = (node: XNode | undefined) => !!node && !['0', 'false', 'off'].includes(attrOf(node, 'w:val') ?? 'true');

interface RunText {
  text: string;
  bold: boolean;
}

interface ParagraphRead {
  text: string;
  bold: boolean;
  footnotes: string[];
  listItem: boolean;
  headingLevel: number;
}

/** Counts what a document holds as it is read, and stops at the limits. */
class Budget {
  private paragraphs = 0;
  private rows = 0;
  private cells = 0;

  paragraph(): void {
    if (++this.paragraphs > DOCUMENT_LIMITS.maxParagraphs)
      throw tooComplex('quá nhiều đoạn văn', DOCUMENT_LIMITS.maxParagraphs);
  }
  row(): void {
    if (++this.rows > DOCUMENT_LIMITS.maxTableRows)
      throw tooComplex('bảng có quá nhiều dòng', DOCUMENT_LIMITS.maxTableRows);
  }
  /** A cell spanning `span` grid columns. */
  cell(span: number): void {
    if (span > DOCUMENT_LIMITS.maxSpan)
      throw tooComplex(`một ô gộp ${span.toLocaleString('vi-VN')} cột`, DOCUMENT_LIMITS.maxSpan);
    this.cells += Math.max(1, span);
    if (this.cells > DOCUMENT_LIMITS.maxCells) throw tooComplex('bảng có quá nhiều ô', DOCUMENT_LIMITS.maxCells);
  }
}

class DocxReader {
  private footnoteOrder = new Map<string, string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly boldStyles: Set<string>,
    private readonly footnoteTexts: Map<string, string>,
    private readonly budget: Budget = new Budget(),
  ) {}

  readonly footnotes: Record<string, string> = {};

  private runs(node: XNode, bold: boolean, out: RunText[], marks: string[]): void {
    for (const k of kids(node)) {
      const tag = tagOf(k);
      if (tag === 'w:r') {
        const rPr = child(k, 'w:rPr');
        const style = rPr ? attrOf(child(rPr, 'w:rStyle') ?? {}, 'w:val') : undefined;
        const runBold = bold || isOn(rPr ? child(rPr, 'w:b') : undefined) || (!!style && this.boldStyles.has(style));
        for (const part of kids(k)) {
          const partTag = tagOf(part);
          if (partTag === 'w:t')
            out.push({
              text: kids(part)
                .map((t) => String(t['#text'] ?? ''))
                .join(''),
              bold: runBold,
            });
          else if (partTag === 'w:tab') out.push({ text: ' ', bold: runBold });
          else if ((partTag === 'w:br' && attrOf(part, 'w:type') !== 'page') || partTag === 'w:cr')
            out.push({ text: '\n', bold: runBold });
          else if (partTag === 'w:footnoteReference' || partTag === 'w:endnoteReference') {
            const id = attrOf(part, 'w:id') ?? '';
            let marker = this.footnoteOrder.get(id);
            if (!marker) {
              marker = String(this.footnoteOrder.size + 1);
              this.footnoteOrder.set(id, marker);
              const text = this.footnoteTexts.get(id);
              if (text) this.footnotes[marker] = text;
            }
            marks.push(marker);
          }
        }
      } else if (tag === 'w:del' || tag === 'w:pPr' || tag === 'w:rPr' || tag === 'w:instrText') {
        continue;
      } else if (tag !== '#text') {
        // w:hyperlink, w:ins, w:smartTag, w:sdt/w:sdtContent, w:fldSimple hold runs too.
        this.runs(k, bold, out, marks);
      }
    }
  }

  paragraph(p: XNode): ParagraphRead {
    this.budget.paragraph();
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? attrOf(child(pPr, 'w:pStyle') ?? {}, 'w:val') : undefined;
    const heading = styleId ? /^(?:heading|title)\s?(\d)?$/i.exec(styleId) : null;
    const out: RunText[] = [];
    const marks: string[] = [];
    this.runs(p, !!styleId && this.boldStyles.has(styleId), out, marks);
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const label = numPr
      ? this.numbering.label(
          attrOf(child(numPr, 'w:numId') ?? {}, 'w:val'),
          attrOf(child(numPr, 'w:ilvl') ?? {}, 'w:val'),
        )
      : null;
    const body = out.map((r) => r.text).join('');
    const text = tidyLines(label ? `${label} ${body}` : body);
    const visible = out.filter((r) => r.text.trim());
    return {
      text,
      bold: visible.length > 0 && visible.every((r) => r.bold),
      footnotes: marks,
      listItem: !!numPr,
      headingLevel: heading ? Number(heading[1] ?? 1) : 0,
    };
  }

  private cell(tc: XNode): DocumentCell {
    const tcPr = child(tc, 'w:tcPr');
    const gridSpan = Number(attrOf(child(tcPr ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1) || 1;
    this.budget.cell(gridSpan);
    const vMerge = tcPr ? child(tcPr, 'w:vMerge') : undefined;
    const mergedAbove = !!vMerge && (attrOf(vMerge, 'w:val') ?? 'continue') !== 'restart';
    const paragraphs: ParagraphRead[] = [];
    const collect = (node: XNode) => {
      for (const k of kids(node)) {
        const tag = tagOf(k);
        if (tag === 'w:p') paragraphs.push(this.paragraph(k));
        else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent')
          collect(k);
      }
    };
    collect(tc);
    const filled = paragraphs.filter((p) => p.text);
    return makeCell(filled.map((p) => p.text).join('\n'), {
      bold: filled.length > 0 && filled.every((p) => p.bold),
      colSpan: gridSpan,
      mergedAbove,
      footnotes: filled.flatMap((p) => p.footnotes),
    });
  }

  table(tbl: XNode): DocumentTable {
    const rows: DocumentRow[] = [];
    const trs: XNode[] = [];
    const collectRows = (node: XNode) => {
      for (const k of kids(node)) {
        if (tagOf(k) === 'w:tr') trs.push(k);
        else if (tagOf(k) === 'w:sdt' || tagOf(k) === 'w:sdtContent') collectRows(k);
      }
    };
    collectRows(tbl);
    for (const tr of trs) {
      const trPr = child(tr, 'w:trPr');
      const before = Number(attrOf(child(trPr ?? {}, 'w:gridBefore') ?? {}, 'w:val') ?? 0) || 0;
      this.budget.row();
      this.budget.cell(before);
      const cells: DocumentCell[] = Array.from({ length: before }, () => makeCell(''));
      const collectCells = (node: XNode) => {
        for (const k of kids(node)) {
          if (tagOf(k) === 'w:tc') cells.push(this.cell(k));
          else if (tagOf(k) === 'w:sdt' || tagOf(k) === 'w:sdtContent' || tagOf(k) === 'w:customXml') collectCells(k);
        }
      };
      collectCells(tr);
      rows.push({ cells, header: isOn(trPr ? child(trPr, 'w:tblHeader') : undefined), breakBefore: false, line: null });
    }
    return { kind: 'table', rows };
  }

  body(node: XNode, blocks: DocumentBlock[]): void {
    for (const k of kids(node)) {
      const tag = tagOf(k);
      if (tag === 'w:p') {
        const p = this.paragraph(k);
        if (p.text)
          blocks.push(
            makeParagraph(p.text, {
              bold: p.bold,
              footnotes: p.footnotes,
              listItem: p.listItem,
              headingLevel: p.headingLevel,
            }),
          );
      } else if (tag === 'w:tbl') {
        blocks.push(this.table(k));
      } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
        this.body(k, blocks);
      }
    }
  }
}

/** The inflated parts of a package, by path (zip-package.ts counted them as they were inflated). */
export type PackageParts = Map<string, Uint8Array>;

function xmlFile(parts: PackageParts, path: string): XNode[] | null {
  const bytes = parts.get(path);
  if (!bytes) return null;
  const xml = new TextDecoder('utf-8').decode(bytes);
  checkXmlShape(xml);
  if (path === 'word/document.xml') countBeforeParsing(xml);
  return xmlParser.parse(xml) as XNode[];
}

/** Paragraphs and table rows counted in the text, so a document far past the limits is never parsed at all. */
function countBeforeParsing(xml: string): void {
  const count = (tag: string, limit: number) => {
    let n = 0;
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
      const next = xml.charCodeAt(at + tag.length);
      // "<w:p>" or "<w:p " but not "<w:pPr"
      if ((next === 62 || next === 32 || next === 47) && ++n > limit) return true;
    }
    return false;
  };
  if (count('<w:p', DOCUMENT_LIMITS.maxParagraphs))
    throw tooComplex('quá nhiều đoạn văn', DOCUMENT_LIMITS.maxParagraphs);
  if (count('<w:tr', DOCUMENT_LIMITS.maxTableRows))
    throw tooComplex('bảng có quá nhiều dòng', DOCUMENT_LIMITS.maxTableRows);
}

function find(nodes: XNode[], tag: string): XNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = find(kids(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Styles that make text bold (a "Strong" character style, a bold paragraph style). */
function boldStyles(styles: XNode[] | null): Set<string> {
  const out = new Set<string>();
  const root = styles ? find(styles, 'w:styles') : undefined;
  for (const style of root ? kids(root) : []) {
    if (tagOf(style) !== 'w:style') continue;
    const rPr = child(style, 'w:rPr');
    if (rPr && isOn(child(rPr, 'w:b'))) out.add(attrOf(style, 'w:styleId') ?? '');
  }
  return out;
}

function footnoteTexts(reader: (p: XNode) => ParagraphRead, notes: XNode[] | null): Map<string, string> {
  const out = new Map<string, string>();
  const root = notes ? find(notes, 'w:footnotes') : undefined;
  for (const note of root ? kids(root) : []) {
    if (tagOf(note) !== 'w:footnote') continue;
    const id = attrOf(note, 'w:id') ?? '';
    const text = kids(note)
      .filter((k) => tagOf(k) === 'w:p')
      .map((p) => reader(p).text)
      .filter(Boolean)
      .join('\n');
    if (text) out.set(id, text);
  }
  return out;
}

/** Read an opened DOCX package; the caller has checked it is one. */
export function readDocxPackage(parts: PackageParts): PlanDocument | null {
  const document = xmlFile(parts, 'word/document.xml');
  const body = document ? find(document, 'w:body') : undefined;
  if (!body) return null;
  const numbering = new Numbering(xmlFile(parts, 'word/numbering.xml'));
  const styles = boldStyles(xmlFile(parts, 'word/styles.xml'));
  const noteReader = new DocxReader(new Numbering(null), styles, new Map());
  const notes = footnoteTexts((p) => noteReader.paragraph(p), xmlFile(parts, 'word/footnotes.xml'));
  const reader = new DocxReader(numbering, styles, notes);
  const blocks: DocumentBlock[] = [];
  reader.body(body, blocks);
  return { blocks, footnotes: reader.footnotes };
}
