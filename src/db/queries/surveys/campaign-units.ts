import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { surveyCampaignUnits, surveyFieldQuotas, units } from '../../schema/index.js';
import { inProvince } from '../units/province.js';

/** A public link's token: 128 random bits, unguessable, URL-safe. */
export const newPublicToken = () => randomBytes(16).toString('base64url');

/** The ids among `unitIds` that are not active units of the directory within the campaign's province. */
export async function unknownUnits(tx: DbOrTx, unitIds: string[], provinceId: string | null): Promise<string[]> {
  if (!unitIds.length) return [];
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, unitIds), isNull(units.archivedAt), inProvince(units.id, provinceId)));
  const ok = new Set(found.map((u) => u.id));
  return unitIds.filter((id) => !ok.has(id));
}

/**
 * Sets a campaign's units and field quotas: a unit kept keeps its public token (QR codes already printed
 * stay valid); a unit removed before the start loses its row.
 */
export async function writeCampaignUnits(
  tx: DbOrTx,
  campaignId: string,
  wanted: { unitId: string; quota: number | null }[],
  fieldQuotas: { field: string; quota: number }[],
) {
  const existing = await tx.select().from(surveyCampaignUnits).where(eq(surveyCampaignUnits.campaignId, campaignId));
  const keep = new Map(existing.map((u) => [u.unitId, u]));
  const wantedIds = new Set(wanted.map((w) => w.unitId));
  const gone = existing.filter((u) => !wantedIds.has(u.unitId)).map((u) => u.unitId);
  if (gone.length)
    await tx
      .delete(surveyCampaignUnits)
      .where(and(eq(surveyCampaignUnits.campaignId, campaignId), inArray(surveyCampaignUnits.unitId, gone)));
  for (const w of wanted) {
    if (keep.has(w.unitId))
      await tx
        .update(surveyCampaignUnits)
        .set({ quota: w.quota })
        .where(and(eq(surveyCampaignUnits.campaignId, campaignId), eq(surveyCampaignUnits.unitId, w.unitId)));
    else
      await tx
        .insert(surveyCampaignUnits)
        .values({ campaignId, unitId: w.unitId, quota: w.quota, publicToken: newPublicToken() });
  }
  await tx.delete(surveyFieldQuotas).where(eq(surveyFieldQuotas.campaignId, campaignId));
  if (fieldQuotas.length) await tx.insert(surveyFieldQuotas).values(fieldQuotas.map((f) => ({ campaignId, ...f })));
}
