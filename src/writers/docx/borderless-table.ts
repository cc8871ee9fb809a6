import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Paragraph } from 'docx';

/** Side padding of the layout tables' cells; the indents of centred rules are measured inside it. */
export const LAYOUT_CELL_PADDING = 57;

/**
 * The invisible two-column tables NĐ 30 documents are built on (issuer | national title,
 * recipients | signature). Each row holds the left and right cell contents.
 */
export function borderlessTable(columnWidths: [number, number], rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    width: { size: columnWidths[0] + columnWidths[1], type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                margins: { left: LAYOUT_CELL_PADDING, right: LAYOUT_CELL_PADDING, top: 0, bottom: 0 },
                verticalAlign: VerticalAlign.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}

/** Width available to a paragraph inside a layout cell. */
export const innerWidth = (cellWidth: number): number => cellWidth - 2 * LAYOUT_CELL_PADDING;
