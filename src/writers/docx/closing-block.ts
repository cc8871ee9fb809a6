import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import type { Table } from 'docx';
import { borderlessTable } from './borderless-table.js';
import { ptToTwips, SIZES } from './layout.js';
import type { PageGeometry } from './layout.js';
import { centredLine, listItemText, textRuns, upper } from './paragraphs.js';
import type { AdministrativeDocument } from './types.js';

/** Room for the handwritten signature and the seal between the position and the name. */
const SIGNATURE_SPACE_PT = 64;

/** "Nơi nhận:" with its list on the left, the signature block centred on the right. */
export function closingBlock(doc: AdministrativeDocument, geometry: PageGeometry): Table {
  const leftWidth = Math.round(geometry.textWidthTwips * 0.45);
  const rightWidth = geometry.textWidthTwips - leftWidth;
  const gap = ptToTwips(12);
  const tight = { after: 0, line: 240, lineRule: LineRuleType.AUTO };

  const recipients = [
    new Paragraph({
      spacing: { ...tight, before: gap },
      children: textRuns('Nơi nhận:', { size: SIZES.recipientsLabel, bold: true, italic: true }),
    }),
    ...doc.recipients.map(
      (recipient, i) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { ...tight, before: 0 },
          children: textRuns(listItemText(recipient, i === doc.recipients.length - 1), { size: SIZES.recipients }),
        }),
    ),
  ];

  const size = geometry.bodyFontSize;
  const { authority, position, signerName } = doc.signature;
  const signature = [
    ...(authority ? [centredLine(upper(authority), { size, bold: true }, gap)] : []),
    centredLine(upper(position), { size, bold: true }, authority ? 0 : gap),
    centredLine(signerName, { size, bold: true }, ptToTwips(SIGNATURE_SPACE_PT)),
  ];
  return borderlessTable([leftWidth, rightWidth], [[recipients, signature]]);
}
