import type { CellValue, ColumnFormat } from '../columns.js';

/**
 * An administrative document (văn bản hành chính) as plain data, laid out by
 * buildAdministrativeDocument in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I.
 * Text is given as written (sentence case); the writer applies the capitals, bold and
 * italics the decree prescribes, numbers headings and punctuates the recipient list.
 */
export interface AdministrativeDocument {
  /** Cơ quan, tổ chức chủ quản, e.g. "UBND tỉnh Quảng Trị"; omitted when the issuer has none. "\n" breaks a line. */
  governingBody?: string;
  /** Cơ quan, tổ chức ban hành văn bản, e.g. "Sở Nội vụ". "\n" breaks a line. */
  issuingBody: string;
  /** "Số: 123/BC-SNV". Without a number the space is left blank for the clerk who registers the document. */
  reference: { number?: number | string; symbol: string };
  /** Địa danh, e.g. "Quảng Trị". */
  place: string;
  /** ISO date of issue ("2025-03-15"), or only the year for a draft that is dated when signed. */
  issuedOn: string | { year: number };
  /** Tên loại văn bản, e.g. "Báo cáo", "Kế hoạch", "Thông báo"; printed in capitals. */
  kind: string;
  /** Trích yếu nội dung, e.g. "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025". */
  title: string;
  /** "Kính gửi": one addressee is centred on one line, several are listed. */
  addressees?: string[];
  body: Block[];
  /** Nơi nhận, without the leading "-" and the closing ";" or "." (added by the writer). */
  recipients: string[];
  signature: Signature;
  layout?: DocumentLayout;
}

export interface Signature {
  /** Quyền hạn ký, e.g. "KT. Giám đốc", "TM. Ủy ban nhân dân", "TL. Giám đốc"; omitted when the head signs. */
  authority?: string;
  /** Chức vụ của người ký, e.g. "Phó Giám đốc". */
  position: string;
  /** Họ và tên, e.g. "Nguyễn Văn A". */
  signerName: string;
}

export interface DocumentLayout {
  /** Landscape suits wide scoring tables; portrait by default. */
  orientation?: 'portrait' | 'landscape';
  /** Millimetres, each within NĐ 30's range: top and bottom 20–25, left 30–35, right 15–20. */
  margins?: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>>;
  /** Body text size in points; NĐ 30 allows 13–14. 14 by default. */
  bodyFontSize?: 13 | 14;
}

export type Block = HeadingBlock | ParagraphBlock | BulletsBlock | TableBlock | PageBreakBlock;

/**
 * Headings are numbered by level the way Vietnamese reports are: I., II. (level 1, in capitals);
 * 1., 2. (level 2); a), b), c), d), đ) (level 3). A number restarts under each higher heading.
 */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** false for a heading without a number (it does not advance the count). */
  numbered?: boolean;
}

/** A run of text with its own emphasis; a plain string is unemphasised text. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}
export type RichText = string | TextSpan[];

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** Justified with a first-line indent by default; "center" for a centred line such as a table note. */
  align?: 'justify' | 'center' | 'right';
}

/** A list whose items start with "- " as Vietnamese documents write them. */
export interface BulletsBlock {
  kind: 'bullets';
  items: RichText[];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export interface TableColumn extends ColumnFormat {
  /** "\n" breaks a header line. */
  header: string;
  /** Relative width: the columns share the text width in proportion. 1 by default. */
  width?: number;
  /** Numbers right, dates centred, text left unless given. */
  align?: 'left' | 'center' | 'right';
}

/** Columns under one merged group header, e.g. "Kết quả quý I" over "Số lượng" and "Tỷ lệ". */
export interface TableColumnGroup {
  header: string;
  columns: TableColumn[];
}

/** A cell merged across `span` columns, formatted as its first column. */
export interface SpanningCell {
  value: CellValue;
  span: number;
}
export type TableCellInput = CellValue | SpanningCell;

/** A row of cells; `{ section }` is a bold row across the whole table ("I. Các sở, ban, ngành"). */
export type TableRowInput = TableCellInput[] | { cells: TableCellInput[]; bold?: boolean } | { section: string };

export interface TableBlock {
  kind: 'table';
  /** Bold, centred above the table, e.g. "Bảng 1. Kết quả thực hiện các chỉ tiêu". */
  title?: string;
  /** Italic, right-aligned above the table, e.g. "Đơn vị tính: hồ sơ". */
  unitLabel?: string;
  columns: (TableColumn | TableColumnGroup)[];
  rows: TableRowInput[];
  /** A bold closing row, e.g. [{ value: 'Tổng cộng', span: 2 }, 1520, 0.93]. */
  totals?: TableCellInput[];
  /** Points; 12 by default. */
  fontSize?: 11 | 12 | 13;
}
