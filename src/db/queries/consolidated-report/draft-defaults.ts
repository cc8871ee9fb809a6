/** What a period's consolidated report says before the coordinator has written anything. */
import type { z } from 'zod';
import type { reportDraftFields } from '../../../contracts/consolidated-report.js';
import type { reportDrafts } from '../../schema/index.js';
import type { LoadedPeriod } from '../consolidation/period-dataset.js';

export type DraftFields = z.infer<typeof reportDraftFields>;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

export function defaultDraft(loaded: LoadedPeriod): DraftFields {
  const basis = loaded.documentNumber
    ? `Kế hoạch số ${loaded.documentNumber} của UBND tỉnh (${loaded.planName})`
    : loaded.planName;
  return {
    issuingBody: 'Sở Nội vụ',
    referenceNumber: '',
    referenceSymbol: 'BC-SNV',
    issuedOn: null,
    introduction: `Thực hiện ${basis}, Sở Nội vụ tổng hợp kết quả thực hiện công tác cải cách hành chính (CCHC) ${lowerFirst(loaded.period.label)} của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh như sau:`,
    conclusions: '',
    signerAuthority: 'KT. Giám đốc',
    signerPosition: 'Phó Giám đốc',
    signerName: '',
    recipients: [
      'Bộ Nội vụ (b/c)',
      'UBND tỉnh (b/c)',
      'Thành viên BCĐ CCHC tỉnh',
      'Các sở, ban, ngành cấp tỉnh',
      'UBND các xã, phường, đặc khu',
      'Lưu: VT, CCHC',
    ],
  };
}

type DraftRow = typeof reportDrafts.$inferSelect;

export function draftView(loaded: LoadedPeriod, row: DraftRow | undefined) {
  const fields: DraftFields = row
    ? {
        issuingBody: row.issuingBody,
        referenceNumber: row.referenceNumber,
        referenceSymbol: row.referenceSymbol,
        issuedOn: row.issuedOn,
        introduction: row.introduction,
        conclusions: row.conclusions,
        signerAuthority: row.signerAuthority,
        signerPosition: row.signerPosition,
        signerName: row.signerName,
        recipients: row.recipients,
      }
    : defaultDraft(loaded);
  return {
    ...fields,
    periodId: loaded.period.id,
    periodLabel: loaded.period.label,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
export type DraftView = ReturnType<typeof draftView>;
