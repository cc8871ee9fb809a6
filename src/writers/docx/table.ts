import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { AppError } from '../../domain/errors.js';
import { formatCellVi, isNumericColumn } from '../columns.js';
import type { CellValue } from '../columns.js';
import { textWidthPt } from '../text-width.js';
import { PARAGRAPH_SPACING } from './layout.js';
import type { PageGeometry } from './layout.js';
import { textRuns } from './paragraphs.js';
import type {
  SpanningCell,
  TableBlock,
  TableCellInput,
  TableColumn,
  TableColumnGroup,
  TableRowInput,
} from './types.js';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cellMargins = { top: 30, bottom: 30, left: 80, right: 80 };

const isGroup = (column: TableColumn | TableColumnGroup): column is TableColumnGroup => 'columns' in column;

function isSpanningCell(cell: TableCellInput): cell is SpanningCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

interface PlacedCell {
  value: CellValue;
  span: number;
}

const alignmentOf = (column: TableColumn) => {
  const align = column.align ?? (isNumericColumn(column.type) ? 'right' : column.type === 'date' ? 'center' : 'left');
  return { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[align];
};

/**
 * Width a column cannot go below, in twips: a date ("31/12/2025") on one line at the table's font size,
 * with the cell's margins. Narrower, Word and LibreOffice break it inside ("31/12/20" / "25").
 */
export function minimumColumnTwips(column: TableColumn, fontSizePt: number): number {
  if (column.type !== 'date') return 0;
  // A little room over the measured width: renderers round glyph advances differently.
  return Math.ceil(textWidthPt('00/00/0000', fontSizePt) * 20 * 1.05) + cellMargins.left + cellMargins.right;
}

/**
 * Shares the text width among the columns in proportion to their weights; a column that would be
 * narrower than its minimum gets the minimum, taken from the others in proportion to theirs.
 */
export function gridWidths(columns: TableColumn[], totalTwips: number, minimums: number[] = []): number[] {
  const weights = columns.map((column) => column.width ?? 1);
  const pinned = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= columns.length; pass++) {
    const room = totalTwips - [...pinned].reduce((sum, i) => sum + (minimums[i] ?? 0), 0);
    const free = weights.reduce((sum, weight, i) => (pinned.has(i) ? sum : sum + weight), 0);
    widths = weights.map((weight, i) => (pinned.has(i) ? (minimums[i] ?? 0) : Math.floor((weight / free) * room)));
    const short = widths.findIndex((width, i) => !pinned.has(i) && width < (minimums[i] ?? 0));
    if (short === -1 || pinned.size === columns.length - 1) break;
    pinned.add(short);
  }
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + totalTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}

class TableWriter {
  private readonly leaves: TableColumn[];
  private readonly widths: number[];
  private readonly size: number;

  constructor(
    private readonly block: TableBlock,
    totalWidth: number,
  ) {
    this.leaves = block.columns.flatMap((column) => (isGroup(column) ? column.columns : [column]));
    this.size = block.fontSize ?? 12;
    this.widths = gridWidths(
      this.leaves,
      totalWidth,
      this.leaves.map((column) => minimumColumnTwips(column, this.size)),
    );
  }

  table(): Table {
    return new Table({
      width: { size: this.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: this.widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows: [
        ...this.headerRows(),
        ...this.block.rows.map((row, i) => this.bodyRow(row, i)),
        ...(this.block.totals ? [this.cellsRow(this.placed(this.block.totals, 'totals'), true)] : []),
      ],
    });
  }

  private cell(
    text: string,
    firstColumn: number,
    span: number,
    style: { bold?: boolean; keepNext?: boolean; alignment: (typeof AlignmentType)[keyof typeof AlignmentType] },
    verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType],
  ): TableCell {
    const width = this.widths.slice(firstColumn, firstColumn + span).reduce((a, b) => a + b, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalMerge,
      verticalAlign: VerticalAlign.CENTER,
      margins: cellMargins,
      children: [
        new Paragraph({
          alignment: style.alignment,
          keepNext: style.keepNext,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: textRuns(text, { size: this.size, bold: style.bold }),
        }),
      ],
    });
  }

  /** One header row, or two when some columns sit under a merged group header. */
  private headerRows(): TableRow[] {
    const header = { bold: true, alignment: AlignmentType.CENTER };
    const grouped = this.block.columns.some(isGroup);
    const top: TableCell[] = [];
    const bottom: TableCell[] = [];
    let index = 0;
    for (const column of this.block.columns) {
      if (isGroup(column)) {
        top.push(this.cell(column.header, index, column.columns.length, header));
        for (const child of column.columns) bottom.push(this.cell(child.header, index++, 1, header));
      } else if (grouped) {
        top.push(this.cell(column.header, index, 1, header, VerticalMergeType.RESTART));
        bottom.push(this.cell('', index++, 1, header, VerticalMergeType.CONTINUE));
      } else {
        top.push(this.cell(column.header, index++, 1, header));
      }
    }
    // Repeated at the top of every page the table runs onto.
    const row = (children: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children });
    return grouped ? [row(top), row(bottom)] : [row(top)];
  }

  private placed(cells: TableCellInput[], where: string): PlacedCell[] {
    const placed = cells.map((cell) => (isSpanningCell(cell) ? cell : { value: cell, span: 1 }));
    const width = placed.reduce((sum, cell) => sum + cell.span, 0);
    if (width !== this.leaves.length || placed.some((cell) => !(cell.span >= 1))) {
      const row = where === 'totals' ? 'Dòng tổng cộng' : `Dòng ${where}`;
      throw new AppError('REPORT_TABLE_SHAPE', {
        row,
        table: this.block.title || undefined,
        cells: width,
        columns: this.leaves.length,
      });
    }
    return placed;
  }

  private cellsRow(cells: PlacedCell[], bold: boolean): TableRow {
    let index = 0;
    const children = cells.map((cell) => {
      // placed() has checked that the spans add up to the columns.
      const column = this.leaves[index] ?? { header: '' };
      const text = formatCellVi(cell.value, column);
      const tableCell = this.cell(text, index, cell.span, { bold, alignment: alignmentOf(column) });
      index += cell.span;
      return tableCell;
    });
    return new TableRow({ children });
  }

  private bodyRow(row: TableRowInput, index: number): TableRow {
    if ('section' in row) {
      // A section title is not left alone at the foot of a page: it keeps with its first row.
      const style = { bold: true, keepNext: true, alignment: AlignmentType.LEFT };
      const cell = this.cell(row.section, 0, this.leaves.length, style);
      return new TableRow({ cantSplit: true, children: [cell] });
    }
    const cells = Array.isArray(row) ? row : row.cells;
    const bold = !Array.isArray(row) && row.bold === true;
    return this.cellsRow(this.placed(cells, String(index + 1)), bold);
  }
}

/** A data table with its optional title and unit line above it. */
export function dataTable(block: TableBlock, geometry: PageGeometry): (Paragraph | Table)[] {
  const size = block.fontSize ?? 12;
  const above: Paragraph[] = [];
  if (block.title) {
    above.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: PARAGRAPH_SPACING, after: 0 },
        children: textRuns(block.title, { size: geometry.bodyFontSize, bold: true }),
      }),
    );
  }
  if (block.unitLabel) {
    above.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { before: 0, after: 60 },
        children: textRuns(block.unitLabel, { size, italic: true }),
      }),
    );
  }
  // Word joins two tables that touch; an empty line keeps this one apart from a table before it.
  if (above.length === 0) above.push(new Paragraph({ spacing: { before: 0, after: 0 }, keepNext: true, children: [] }));
  return [...above, new TableWriter(block, geometry.textWidthTwips).table()];
}
