import { AppError } from '../../domain/errors.js';
import type { DocumentLayout } from './types.js';

/** Page geometry and type sizes of Nghị định 30/2020/NĐ-CP, Phụ lục I, in Word's units. */

export const FONT = 'Times New Roman';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** docx sizes runs in half-points. */
export const halfPoints = (pt: number): number => pt * 2;

const A4 = { width: 210, height: 297 } as const;

type Side = 'top' | 'bottom' | 'left' | 'right';
const marginRanges: Record<Side, { min: number; max: number; label: string; preferred: number }> = {
  top: { min: 20, max: 25, label: 'Lề trên', preferred: 20 },
  bottom: { min: 20, max: 25, label: 'Lề dưới', preferred: 20 },
  left: { min: 30, max: 35, label: 'Lề trái', preferred: 30 },
  right: { min: 15, max: 20, label: 'Lề phải', preferred: 15 },
};

export interface PageGeometry {
  orientation: 'portrait' | 'landscape';
  /** Millimetres. */
  margins: Record<Side, number>;
  pageWidthTwips: number;
  pageHeightTwips: number;
  /** Width between the margins, which tables and the header block fill. */
  textWidthTwips: number;
  bodyFontSize: 13 | 14;
}

export function pageGeometry(layout: DocumentLayout = {}): PageGeometry {
  const margins = {} as Record<Side, number>;
  for (const side of Object.keys(marginRanges) as Side[]) {
    const range = marginRanges[side];
    const value = layout.margins?.[side] ?? range.preferred;
    if (!(value >= range.min && value <= range.max)) {
      throw new AppError('DOCUMENT_MARGIN_OUT_OF_RANGE', {
        margin: range.label,
        min: range.min,
        max: range.max,
        value,
      });
    }
    margins[side] = value;
  }
  const orientation = layout.orientation ?? 'portrait';
  const widthMm = orientation === 'portrait' ? A4.width : A4.height;
  const heightMm = orientation === 'portrait' ? A4.height : A4.width;
  return {
    orientation,
    margins,
    pageWidthTwips: mmToTwips(widthMm),
    pageHeightTwips: mmToTwips(heightMm),
    textWidthTwips: mmToTwips(widthMm - margins.left - margins.right),
    bodyFontSize: layout.bodyFontSize ?? 14,
  };
}

/** Sizes the decree fixes for the parts around the body (points). */
export const SIZES = {
  governingBody: 13,
  issuingBody: 13,
  nationalTitle: 13,
  motto: 14,
  reference: 13,
  placeAndDate: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
} as const;

/** "Khi xuống dòng, chữ đầu dòng phải lùi vào từ 1 cm đến 1,27 cm." */
export const FIRST_LINE_INDENT = mmToTwips(12.7);
/** At least 6 pt between paragraphs. */
export const PARAGRAPH_SPACING = ptToTwips(6);
/** Line spacing from single to 1.5 lines: 1.2 lines (Word counts 240 per line) keeps stacked diacritics apart. */
export const LINE_SPACING = 288;
