import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { halfPoints } from './layout.js';
import type { RichText, TextSpan } from './types.js';

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Vietnamese capitals ("Sở Nội vụ" → "SỞ NỘI VỤ"). */
export const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

function run(text: string, style: RunStyle, breakBefore = false): TextRun {
  return new TextRun({
    text,
    size: halfPoints(style.size),
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined,
    break: breakBefore ? 1 : undefined,
  });
}

/** Runs of rich text; a span's own emphasis is added to the base style. "\n" breaks a line. */
export function textRuns(text: RichText, style: RunStyle): TextRun[] {
  const spans: TextSpan[] = typeof text === 'string' ? [{ text }] : text;
  return spans.flatMap((span) => {
    const spanStyle: RunStyle = {
      size: style.size,
      bold: span.bold ?? style.bold,
      italic: span.italic ?? style.italic,
      underline: span.underline ?? style.underline,
    };
    return span.text.split('\n').map((line, i) => run(line, spanStyle, i > 0));
  });
}

/** A centred paragraph of the header or signature blocks, tight so the blocks stay compact. */
export function centredLine(text: string, style: RunStyle, spacingBeforeTwips = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBeforeTwips, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: textRuns(text, style),
  });
}

/**
 * The short horizontal rule NĐ 30 draws under the issuing body, the motto and the title: the top
 * border of an empty, 2 pt high paragraph set 3.5 pt below the text (closer, the rule touches the
 * dot under ạ, ị), centred in its container by equal indents.
 */
export function centredRule(lengthTwips: number, containerWidthTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((containerWidthTwips - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 70, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [],
  });
}

/** A line of a "Kính gửi" or "Nơi nhận" list: "- Bộ Nội vụ;" and "- Lưu: VT, CCHC." for the last. */
export function listItemText(item: string, last: boolean): string {
  return `- ${item.trim().replace(/[;.,]+$/, '')}${last ? '.' : ';'}`;
}
