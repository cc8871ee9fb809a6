import { and, asc, eq } from 'drizzle-orm';
import type { FileResponse } from '../../contracts/endpoint.js';
import { surveyCampaigns, surveyCodes, units } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { printedSurveyCode } from '../../domain/surveys/campaign.js';
import { buildTableWorkbook } from '../../writers/xlsx/table-workbook.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The printable list of a campaign's codes (one batch or all): code, unit, used or not. */
export async function exportSurveyCodes(
  ctx: ServiceContext,
  campaignId: string,
  batch?: number,
): Promise<FileResponse> {
  await authorize(ctx, 'surveys.manage', { campaignId });
  const [c] = await ctx.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId));
  if (!c) throw notFound('đợt khảo sát');
  const rows = await ctx.db
    .select({ code: surveyCodes.code, batch: surveyCodes.batch, unit: units.name, usedAt: surveyCodes.usedAt })
    .from(surveyCodes)
    .leftJoin(units, eq(units.id, surveyCodes.unitId))
    .where(and(eq(surveyCodes.campaignId, campaignId), batch ? eq(surveyCodes.batch, batch) : undefined))
    .orderBy(asc(surveyCodes.batch), asc(surveyCodes.code));
  const bytes = await buildTableWorkbook([
    {
      name: 'Mã phiếu',
      title: [
        `Mã phiếu khảo sát dùng một lần — ${c.title}`,
        'Mỗi mã in trên một giấy hẹn/giấy trả kết quả; mỗi mã chỉ gửi được một phiếu.',
      ],
      columns: [
        { header: 'TT', type: 'integer' },
        { header: 'Mã phiếu', type: 'text' },
        { header: 'Đợt tạo', type: 'integer' },
        { header: 'Đơn vị', type: 'text' },
        { header: 'Đã dùng', type: 'text' },
      ],
      rows: rows.map((r, i) => [
        i + 1,
        printedSurveyCode(r.code),
        r.batch,
        r.unit ?? 'Mọi đơn vị của đợt',
        r.usedAt ? 'Đã dùng' : '',
      ]),
    },
  ]);
  return {
    kind: 'file',
    bytes,
    fileName: `ma-phieu-khao-sat${batch ? `-dot-${batch}` : ''}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
