import { AlignmentType, PageBreak, Paragraph } from 'docx';
import type { Table } from 'docx';
import { HeadingCounter } from './heading-numbers.js';
import { FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_SPACING } from './layout.js';
import type { PageGeometry } from './layout.js';
import { textRuns, upper } from './paragraphs.js';
import type { RunStyle } from './paragraphs.js';
import { dataTable } from './table.js';
import type { Block, HeadingBlock, RichText } from './types.js';

const alignments = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** A body paragraph: justified, first line indented, 6 pt apart. */
function bodyParagraph(
  text: RichText,
  style: RunStyle,
  options: { align?: keyof typeof alignments; keepNext?: boolean; afterTable?: boolean } = {},
): Paragraph {
  const align = options.align ?? 'justify';
  return new Paragraph({
    alignment: alignments[align],
    indent: align === 'justify' ? { firstLine: FIRST_LINE_INDENT } : undefined,
    // Word has no space after a table, so the paragraph below one keeps its distance itself.
    spacing: { before: PARAGRAPH_SPACING * (options.afterTable ? 2 : 1), after: 0, line: LINE_SPACING },
    keepNext: options.keepNext,
    children: textRuns(text, style),
  });
}

const headingStyles: Record<HeadingBlock['level'], Omit<RunStyle, 'size'>> = {
  1: { bold: true },
  2: { bold: true },
  3: { italic: true },
};

function heading(block: HeadingBlock, counter: HeadingCounter, size: number, afterTable: boolean): Paragraph {
  const label = block.numbered === false ? '' : `${counter.next(block.level)} `;
  const text = block.level === 1 ? upper(block.text) : block.text;
  return bodyParagraph(`${label}${text}`, { size, ...headingStyles[block.level] }, { keepNext: true, afterTable });
}

/** The body of the document, block by block. */
export function bodyContent(blocks: Block[], geometry: PageGeometry): (Paragraph | Table)[] {
  const counter = new HeadingCounter();
  const size = geometry.bodyFontSize;
  return blocks.flatMap((block, i): (Paragraph | Table)[] => {
    const afterTable = blocks[i - 1]?.kind === 'table';
    switch (block.kind) {
      case 'heading':
        return [heading(block, counter, size, afterTable)];
      case 'paragraph':
        return [bodyParagraph(block.text, { size }, { align: block.align, afterTable })];
      case 'bullets':
        return block.items.map((item, j) =>
          bodyParagraph(
            typeof item === 'string' ? `- ${item}` : [{ text: '- ' }, ...item],
            { size },
            {
              afterTable: afterTable && j === 0,
            },
          ),
        );
      case 'table':
        return dataTable(block, geometry);
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}
