/**
 * The XLSX template of paper forms for a campaign: the unit code and the form's date, then one column per
 * item headed by its id; a second sheet says what each column takes (the item's text, 1–5, the options'
 * codes) and lists the campaign's units with their codes.
 */
import { SCALE_LABELS, questionnaireItems } from '../../domain/surveys/questionnaire.js';
import { paperTemplateHeader } from '../../domain/surveys/paper-rows.js';
import { buildTableWorkbook } from '../../writers/xlsx/table-workbook.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { campaignOpenForPaper } from './enter-paper-response.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';

const KIND_HELP = {
  scale: `1–5 (${Object.entries(SCALE_LABELS)
    .map(([n, label]) => `${n} ${label.toLowerCase()}`)
    .join(', ')}); để trống nếu không trả lời`,
  single: 'một mã phương án',
  multiple: 'các mã phương án, cách nhau bởi dấu ;',
  text: 'văn bản ngắn',
} as const;

export async function paperTemplate(ctx: ServiceContext, campaignId: string) {
  await authorize(ctx, 'surveys.enterPaper', { campaignId }, 'tải tệp mẫu phiếu khảo sát giấy');
  const campaign = await campaignOpenForPaper(ctx, campaignId);
  const items = questionnaireItems(campaign.questionnaire);
  const header = paperTemplateHeader(items.map((i) => ({ id: i.id, kind: i.kind })));
  const bytes = await buildTableWorkbook([
    {
      name: 'Phiếu giấy',
      columns: header.map((h) => ({ header: h, type: 'text' as const })),
      rows: [],
    },
    {
      name: 'Hướng dẫn',
      title: [`Tệp mẫu nhập phiếu khảo sát giấy — ${campaign.title}`, 'Mỗi dòng của trang “Phiếu giấy” là một phiếu.'],
      columns: [
        { header: 'Cột', type: 'text' },
        { header: 'Câu hỏi', type: 'text', width: 60 },
        { header: 'Ghi', type: 'text', width: 50 },
      ],
      rows: [
        [
          'Mã đơn vị',
          'Đơn vị được khảo sát (mã ở bảng dưới)',
          campaign.units.map((u) => `${u.code}: ${u.name}`).join('; '),
        ],
        ['Ngày phiếu (dd/mm/yyyy)', 'Ngày ghi trên phiếu', `từ ${campaign.startsOn} đến ${campaign.endsOn}`],
        ...items.map((i) => [
          i.id,
          i.text,
          `${KIND_HELP[i.kind]}${i.options ? ` (${i.options.map((o) => `${o.value} = ${o.label}`).join('; ')})` : ''}${i.condition ? `; chỉ trả lời khi câu ${i.condition.itemId} là ${i.condition.anyOf.join(' hoặc ')}` : ''}`,
        ]),
      ],
    },
  ]);
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: safeFileName(`Mẫu phiếu giấy - ${campaign.title}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
