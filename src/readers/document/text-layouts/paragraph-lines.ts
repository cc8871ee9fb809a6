/**
 * How a text export marks its paragraphs. Markdown and hand-made exports put a blank line
 * between paragraphs; LibreOffice's text export writes each paragraph on one line with no blank
 * line; pdftotext writes lines as printed, wrapped at the page width, a paragraph ending on a
 * short line. Read from the opening lines (the heading and the first paragraphs), never the name.
 */
export type ParagraphLayout =
  { kind: 'blank-separated' } | { kind: 'one-per-line' } | { kind: 'wrapped'; width: number };

const SAMPLE_LINES = 80;

export function paragraphLayout(lines: string[]): ParagraphLayout {
  const sample: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (sample.length >= SAMPLE_LINES) break;
    if (line.includes('\t')) break;
    if (line.trim()) sample.push(line.trim());
    else if (sample.length > 0) blanks++;
  }
  if (sample.length < 8 || blanks >= sample.length * 0.25) return { kind: 'blank-separated' };
  const lengths = sample.map((l) => l.length).sort((a, b) => a - b);
  const longest = lengths.at(-1) ?? 0;
  if (longest > 220) return { kind: 'one-per-line' };
  // The printed width: the length most full lines reach.
  const width = lengths[Math.floor(lengths.length * 0.8)] ?? longest;
  return { kind: 'wrapped', width };
}

/** Whether the paragraph ends after `line` in this layout (a blank line always ends it). */
export function endsParagraph(layout: ParagraphLayout, line: string): boolean {
  if (layout.kind === 'one-per-line') return true;
  if (layout.kind === 'wrapped') return line.trim().length < layout.width * 0.8;
  return false;
}
