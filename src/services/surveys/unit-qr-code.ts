import type { FileResponse } from '../../contracts/endpoint.js';
import { campaignUnitToken } from '../../db/queries/surveys/campaign-view.js';
import { notFound } from '../../domain/errors.js';
import { surveyPublicPath } from '../../domain/surveys/campaign.js';
import { qrPng, qrSvg } from '../../writers/surveys/qr-poster.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The QR code of a campaign unit's public link (`origin`: the server's address as the browser reached it). */
export async function surveyUnitQrCode(
  ctx: ServiceContext,
  campaignId: string,
  unitId: string,
  format: 'png' | 'svg',
  origin: string,
): Promise<FileResponse> {
  await authorize(ctx, 'surveys.manage', { campaignId, unitId });
  const row = await campaignUnitToken(ctx.db, campaignId, unitId);
  if (!row) throw notFound('đơn vị của đợt khảo sát');
  const url = origin + surveyPublicPath(row.token);
  return format === 'svg'
    ? {
        kind: 'file',
        bytes: new TextEncoder().encode(await qrSvg(url)),
        fileName: 'ma-qr-khao-sat.svg',
        contentType: 'image/svg+xml',
      }
    : { kind: 'file', bytes: await qrPng(url), fileName: 'ma-qr-khao-sat.png', contentType: 'image/png' };
}
