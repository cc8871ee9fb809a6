/**
 * PDF → document model, for plans published as PDF with a text layer. pdfjs gives each page's
 * words with their positions and the page's drawing operators; the tables are rebuilt from the
 * ruling lines (pdf-tables.ts), the rest of the text is laid back into paragraphs
 * (pdf-lines.ts), and a table running over several pages becomes one table again, its header
 * repeated on later pages marked as such. No worker, no fonts loaded, nothing fetched.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../domain/errors.js';
import { makeParagraph, type DocumentBlock, type PlanDocument } from '../../domain/plan/document.js';
import type { ImportWarning } from '../../domain/plan/types.js';
import { PDF_LIMITS, tooComplex } from '../limits.js';
import { joinLine, lineText, linesOf, paragraphsOf, wrapped, type PdfLine, type TextBlock } from './pdf-lines.js';
import { rulesOf, wordsOf, type PdfPage, type TextItemLike } from './pdf-page.js';
import { alignedTablesOf } from './pdf-aligned.js';
import { continueTable, sameColumns, startTable, type OpenTable } from './pdf-continue.js';
import { tablesOf, type PdfTable } from './pdf-tables.js';

type Pdfjs = typeof PdfjsModule;
let pdfjs: Promise<Pdfjs> | null = null;
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export const corruptPdf = () => new AppError('CORRUPT_FILE', { file: 'pdf' });

export const scannedPdf = () =>
  new AppError('UNSUPPORTED_FORMAT', {
    refusal:
      'Tệp PDF là bản quét (chỉ có hình ảnh, không có lớp chữ) nên không đọc được nội dung kế hoạch. ' +
      'Hãy nhận dạng chữ (OCR) cho tệp rồi nhập lại, hoặc gửi tệp Word (.docx) của kế hoạch.',
  });

const BOLD_FONT = /bold|black|heavy|semibold|demi|,b\b|-b$/i;

interface PageLayout {
  page: PdfPage;
  tables: PdfTable[];
  lines: PdfLine[];
}

/** Page numbers and running heads alone on a line at the top or bottom of the page are not text. */
function dropPageNumbers(lines: PdfLine[], height: number): PdfLine[] {
  return lines.filter((line, i) => {
    const text = lineText(line).trim();
    const edge = (i === 0 && line.y < height * 0.1) || (i === lines.length - 1 && line.y > height * 0.9);
    return !(edge && /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|trang\s+\d{1,4}(?:\s*\/\s*\d{1,4})?)$/i.test(text));
  });
}

async function readPages(bytes: Uint8Array, warnings: ImportWarning[]): Promise<PageLayout[]> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    // Images are never decoded (text and rules are all that is read), nor wasm decoders loaded.
    maxImageSize: 1,
    useWasm: false,
    useSystemFonts: false,
    fontExtraProperties: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    if (document.numPages > PDF_LIMITS.maxPages) throw tooComplex('tệp PDF có quá nhiều trang', PDF_LIMITS.maxPages);
    const O = lib.OPS;
    const codes = {
      save: O.save,
      restore: O.restore,
      transform: O.transform,
      constructPath: O.constructPath,
      rectangle: O.rectangle,
      stroke: O.stroke,
      closeStroke: O.closeStroke,
      fill: O.fill,
      eoFill: O.eoFill,
      fillStroke: O.fillStroke,
      eoFillStroke: O.eoFillStroke,
      closeFillStroke: O.closeFillStroke,
      closeEOFillStroke: O.closeEOFillStroke,
    };
    const layouts: PageLayout[] = [];
    const textless: number[] = [];
    let operators = 0;
    let items = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      items += content.items.length;
      if (items > PDF_LIMITS.maxTextItems) throw tooComplex('tệp PDF có quá nhiều đoạn chữ', PDF_LIMITS.maxTextItems);
      const textItems = content.items as TextItemLike[];
      if (!textItems.some((item) => item.str?.trim())) {
        textless.push(n);
        page.cleanup();
        continue;
      }
      const list = await page.getOperatorList();
      operators += list.fnArray.length;
      if (operators > PDF_LIMITS.maxOperators)
        throw tooComplex('tệp PDF có quá nhiều lệnh vẽ', PDF_LIMITS.maxOperators);
      const bold = new Set<string>();
      for (const font of Object.keys(content.styles)) {
        const loaded = page.commonObjs.has(font) ? (page.commonObjs.get(font) as { name?: string } | null) : null;
        if (loaded?.name && BOLD_FONT.test(loaded.name)) bold.add(font);
      }
      const rules = rulesOf(list.fnArray, list.argsArray, codes, height);
      const pdfPage: PdfPage = { number: n, width, height, words: wordsOf(textItems, height, bold), ...rules };
      const ruled = tablesOf(pdfPage);
      const aligned = alignedTablesOf(dropPageNumbers(linesOf(pdfPage.words), height));
      const tables = [...ruled, ...aligned.tables].sort((a, b) => a.top - b.top);
      layouts.push({ page: pdfPage, tables, lines: aligned.lines });
      page.cleanup();
    }
    if (!layouts.length) throw scannedPdf();
    if (textless.length) {
      warnings.push({
        code: 'pdf_pages_without_text',
        message: `Trang ${textless.join(', ')} của tệp PDF không có lớp chữ (bản quét); nội dung các trang này không được đọc.`,
      });
    }
    return layouts;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { name?: string } | null)?.name === 'PasswordException')
      throw new AppError('ENCRYPTED_FILE', { file: 'pdf' });
    throw corruptPdf();
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

type Piece = { kind: 'lines'; lines: PdfLine[] } | { kind: 'table'; table: PdfTable };

/** A page's prose lines and tables, top to bottom. */
function piecesOf(layout: PageLayout): Piece[] {
  const pieces: Piece[] = [];
  let lines: PdfLine[] = [];
  const tables = [...layout.tables];
  for (const line of layout.lines) {
    while (tables.length && (tables[0] as PdfTable).top < line.y) {
      if (lines.length) pieces.push({ kind: 'lines', lines });
      lines = [];
      pieces.push({ kind: 'table', table: tables.shift() as PdfTable });
    }
    lines.push(line);
  }
  if (lines.length) pieces.push({ kind: 'lines', lines });
  for (const table of tables) pieces.push({ kind: 'table', table });
  return pieces;
}

/** Read a PDF with a text layer; the caller has checked it starts with "%PDF". */
export async function readPdfDocument(bytes: Uint8Array, warnings: ImportWarning[] = []): Promise<PlanDocument> {
  const layouts = await readPages(bytes, warnings);
  const right = Math.max(...layouts.flatMap((l) => l.lines.map((line) => line.right)));
  const blocks: DocumentBlock[] = [];
  /** The table the last piece belongs to, while it may still continue on the next page. */
  let open: OpenTable | null = null;
  let lastParagraph: { block: TextBlock; index: number } | null = null;
  for (const [pageIndex, layout] of layouts.entries()) {
    for (const [i, piece] of piecesOf(layout).entries()) {
      const firstOnPage = i === 0 && pageIndex > 0;
      if (piece.kind === 'table') {
        lastParagraph = null;
        if (open && firstOnPage && sameColumns(open.table, piece.table)) {
          continueTable(open, piece.table);
          continue;
        }
        open = startTable(piece.table);
        blocks.push({ kind: 'table', rows: open.rows });
        continue;
      }
      open = null;
      const paragraphs = paragraphsOf(piece.lines, 0, 1.6, (line) => right - line.x);
      for (const [k, paragraph] of paragraphs.entries()) {
        const previous = lastParagraph;
        const first = paragraph.lines[0] as PdfLine;
        const last = previous?.block.lines.at(-1);
        if (k === 0 && firstOnPage && previous && last && wrapped(last, first, right - last.x)) {
          const joined = joinLine(previous.block.text, paragraph.text, false);
          previous.block.text = joined;
          previous.block.lines.push(...paragraph.lines);
          blocks[previous.index] = makeParagraph(joined, { bold: previous.block.bold && paragraph.bold });
          continue;
        }
        blocks.push(makeParagraph(paragraph.text, { bold: paragraph.bold }));
        lastParagraph = { block: paragraph, index: blocks.length - 1 };
      }
    }
  }
  return { blocks, footnotes: {} };
}
