import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { bodyContent } from './body.js';
import { closingBlock } from './closing-block.js';
import { headerBlock } from './header-block.js';
import { FONT, halfPoints, mmToTwips, pageGeometry, SIZES } from './layout.js';
import type { AdministrativeDocument } from './types.js';

export type * from './types.js';

/** NĐ 30: page numbers centred in the top margin, not shown on the first page. */
function pageNumberHeaders() {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZES.pageNumber) })],
  });
  return { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) };
}

/**
 * Writes an administrative document (báo cáo, kế hoạch, thông báo…) as a Word file in the
 * format of Nghị định 30/2020/NĐ-CP: A4, Times New Roman, the issuer and national-title block,
 * numbered headings, tables, the recipients and signature blocks, page numbers from page 2.
 */
export async function buildAdministrativeDocument(doc: AdministrativeDocument): Promise<Buffer> {
  const geometry = pageGeometry(doc.layout);
  const { margins } = geometry;
  const document = new Document({
    creator: 'cchc',
    title: `${doc.kind} ${doc.title}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(geometry.bodyFontSize), language: { value: 'vi-VN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx turns the portrait size itself when the orientation is landscape.
            size: {
              width: Math.min(geometry.pageWidthTwips, geometry.pageHeightTwips),
              height: Math.max(geometry.pageWidthTwips, geometry.pageHeightTwips),
              orientation: geometry.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwips(margins.top),
              bottom: mmToTwips(margins.bottom),
              left: mmToTwips(margins.left),
              right: mmToTwips(margins.right),
              header: mmToTwips(10),
              footer: mmToTwips(10),
            },
          },
        },
        headers: pageNumberHeaders(),
        children: [...headerBlock(doc, geometry), ...bodyContent(doc.body, geometry), closingBlock(doc, geometry)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
