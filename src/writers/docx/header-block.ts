import { AlignmentType, Paragraph } from 'docx';
import type { Table } from 'docx';
import { borderlessTable, innerWidth } from './borderless-table.js';
import { placeAndDateLine } from './issue-date.js';
import { mmToTwips, ptToTwips, SIZES } from './layout.js';
import type { PageGeometry } from './layout.js';
import { centredLine, centredRule, listItemText, textRuns, upper } from './paragraphs.js';
import { textWidthPt } from '../text-width.js';
import type { AdministrativeDocument } from './types.js';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const widestLineTwips = (text: string, sizePt: number, bold: boolean): number =>
  Math.max(...text.split('\n').map((line) => ptToTwips(textWidthPt(line, sizePt, bold))));

/**
 * The top of the first page: issuer and number on the left, national title, motto and
 * place-and-date on the right, in one invisible table so each pair lines up.
 */
function issuerAndNationalTitle(doc: AdministrativeDocument, geometry: PageGeometry): Table {
  // The right column is as wide as the national title needs; the issuer gets the rest.
  const rightWidth = ptToTwips(textWidthPt(NATIONAL_TITLE, SIZES.nationalTitle, true)) + mmToTwips(4);
  const leftWidth = geometry.textWidthTwips - rightWidth;

  const issuingBody = upper(doc.issuingBody);
  const issuerRule = Math.min(innerWidth(leftWidth), widestLineTwips(issuingBody, SIZES.issuingBody, true) / 2);
  const left = [
    ...(doc.governingBody ? [centredLine(upper(doc.governingBody), { size: SIZES.governingBody })] : []),
    centredLine(issuingBody, { size: SIZES.issuingBody, bold: true }),
    centredRule(issuerRule, innerWidth(leftWidth)),
  ];
  const right = [
    centredLine(NATIONAL_TITLE, { size: SIZES.nationalTitle, bold: true }),
    centredLine(MOTTO, { size: SIZES.motto, bold: true }),
    centredRule(ptToTwips(textWidthPt(MOTTO, SIZES.motto, true)), innerWidth(rightWidth)),
  ];

  const number = doc.reference.number === undefined ? '' : String(doc.reference.number);
  // An unregistered draft keeps room for the number the clerk writes in.
  const reference = `Số: ${number || '        '}/${doc.reference.symbol}`;
  const dateSpacing = ptToTwips(6);
  return borderlessTable(
    [leftWidth, rightWidth],
    [
      [left, right],
      [
        [centredLine(reference, { size: SIZES.reference }, dateSpacing)],
        [
          centredLine(
            placeAndDateLine(doc.place, doc.issuedOn),
            { size: SIZES.placeAndDate, italic: true },
            dateSpacing,
          ),
        ],
      ],
    ],
  );
}

/** "BÁO CÁO" and the excerpt below it, with the rule of 1/3 of the excerpt's line under it. */
function kindAndTitle(doc: AdministrativeDocument, geometry: PageGeometry): Paragraph[] {
  const size = geometry.bodyFontSize;
  const titleWidth = Math.min(geometry.textWidthTwips, widestLineTwips(doc.title, size, true));
  return [
    centredLine(upper(doc.kind), { size, bold: true }, ptToTwips(18)),
    centredLine(doc.title, { size, bold: true }),
    centredRule(titleWidth / 3, geometry.textWidthTwips),
  ];
}

/** "Kính gửi: Bộ Nội vụ." on one centred line, or a list under "Kính gửi:". */
function addresseeLines(addressees: string[], geometry: PageGeometry): Paragraph[] {
  const style = { size: geometry.bodyFontSize };
  const spacing = { before: ptToTwips(12), after: 0 };
  const [only] = addressees;
  if (addressees.length === 1 && only !== undefined) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing,
        children: textRuns(`Kính gửi: ${listItemText(only, true).slice(2)}`, style),
      }),
    ];
  }
  const labelIndent = Math.round(geometry.textWidthTwips / 5);
  return [
    new Paragraph({ indent: { left: labelIndent }, spacing, children: textRuns('Kính gửi:', style) }),
    ...addressees.map(
      (addressee, i) =>
        new Paragraph({
          indent: { left: labelIndent + mmToTwips(22) },
          children: textRuns(listItemText(addressee, i === addressees.length - 1), style),
        }),
    ),
  ];
}

export function headerBlock(doc: AdministrativeDocument, geometry: PageGeometry): (Table | Paragraph)[] {
  return [
    issuerAndNationalTitle(doc, geometry),
    ...kindAndTitle(doc, geometry),
    ...(doc.addressees?.length ? addresseeLines(doc.addressees, geometry) : []),
  ];
}
