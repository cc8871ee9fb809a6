import type { FileResponse } from '../../contracts/endpoint.js';
import { campaignUnitToken } from '../../db/queries/surveys/campaign-view.js';
import { notFound } from '../../domain/errors.js';
import { surveyPublicPath } from '../../domain/surveys/campaign.js';
import { posterDocx, posterPdf } from '../../writers/surveys/qr-poster.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The printable A4 poster of a campaign unit: its name, the QR code and the link. PDF (Word without LibreOffice). */
export async function surveyUnitPoster(
  ctx: ServiceContext,
  campaignId: string,
  unitId: string,
  origin: string,
): Promise<FileResponse> {
  await authorize(ctx, 'surveys.manage', { campaignId, unitId });
  const row = await campaignUnitToken(ctx.db, campaignId, unitId);
  if (!row) throw notFound('đơn vị của đợt khảo sát');
  const text = { unitName: row.unitName, campaignTitle: row.title, url: origin + surveyPublicPath(row.token) };
  const pdf = await posterPdf(text);
  if (pdf) return { kind: 'file', bytes: pdf, fileName: 'ap-phich-khao-sat.pdf', contentType: 'application/pdf' };
  return {
    kind: 'file',
    bytes: await posterDocx(text),
    fileName: 'ap-phich-khao-sat.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
