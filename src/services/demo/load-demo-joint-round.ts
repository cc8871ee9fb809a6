/**
 * The demo's joint round: the province's own PAR INDEX self-assessment of the demo's year, with agencies named for
 * each area (the Sở TTTT, merged into the Sở KH&CN, followed to it), some criteria filled, one accepted and one
 * returned, so the coordinator's page and an agency's view show work in progress. Idempotent: matched by name.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  criteriaSets,
  scoringEntries,
  scoringResponsibilities,
  scoringRoundUnits,
  scoringRounds,
  units,
} from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { localDateOf } from '../../domain/text/format.js';

export const JOINT_SET_CODE = 'PAR-INDEX-TINH-2023';
export const jointRoundName = (year: number) => `Tự đánh giá Chỉ số CCHC (PAR INDEX) của tỉnh năm ${year}`;

/** Area or criterion → agencies (unit codes), as a provincial plan gives them. */
const NAMED: Record<string, string[]> = {
  '1': ['QT.VP'],
  '2': ['QT.STP'],
  '3': ['QT.VP', 'QT.STP'],
  '4': ['QT.VP'],
  '5': ['QT.VP'],
  '6': ['QT.STC'],
  '7': ['QT.STTTT'],
  '8': ['QT.VP'],
  '8.KTXH': ['QT.STC'],
};

/** Filled by the agencies: [code, points, note, review]. */
const FILLED: [string, number, string, 'accepted' | 'returned' | null, string | null][] = [
  ['2.TD', 5.5, 'Báo cáo 45/BC-STP về công tác xây dựng, kiểm tra văn bản QPPL.', 'accepted', null],
  ['6.TD', 7, 'Báo cáo giải ngân vốn đầu tư công đến 31/12.', null, null],
  [
    '8.KTXH',
    6,
    'Số liệu GRDP, thu hút đầu tư do Cục Thống kê cung cấp.',
    'returned',
    'Thiếu số liệu thu hút đầu tư quý IV.',
  ],
];

const plusDays = (date: Date, days: number) => localDateOf(new Date(date.getTime() + days * 86_400_000));

export async function loadDemoJointRound(tx: Tx, setIds: Map<string, string>, year: number, now: Date) {
  const setId = setIds.get(JOINT_SET_CODE);
  const name = jointRoundName(year);
  const [existing] = await tx.select({ id: scoringRounds.id }).from(scoringRounds).where(eq(scoringRounds.name, name));
  if (!setId || existing) return null;
  const codes = [...new Set(['QT', ...Object.values(NAMED).flat()])];
  const byCode = new Map(
    (await tx.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes))).map((u) => [
      u.code,
      u.id,
    ]),
  );
  const provinceId = byCode.get('QT');
  if (!provinceId) return null;
  const [round] = await tx
    .insert(scoringRounds)
    .values({
      criteriaSetId: setId,
      provinceId,
      name,
      status: 'self_assessment',
      selfAssessmentFrom: localDateOf(now),
      selfAssessmentTo: plusDays(now, 30),
      appraisalFrom: plusDays(now, 31),
      appraisalTo: plusDays(now, 60),
      explanationTo: plusDays(now, 75),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const roundId = round!.id;
  await tx.insert(scoringRoundUnits).values({ roundId, unitId: provinceId, rankGroup: 'province' });
  await recordAudit(tx, null, {
    action: 'scoringRound.create',
    entityId: roundId,
    after: { ...round!, unitIds: [provinceId] },
    reason: 'Dữ liệu mẫu',
  });
  const assignments = Object.entries(NAMED)
    .map(([code, unitCodes]) => ({
      code,
      agencyIds: unitCodes.map((c) => byCode.get(c)).filter((id) => id !== undefined),
    }))
    .filter((a) => a.agencyIds.length);
  await tx
    .insert(scoringResponsibilities)
    .values(assignments.map((a) => ({ roundId, code: a.code, agencyIds: a.agencyIds, updatedAt: now })));
  await recordAudit(tx, null, {
    action: 'scoringRound.assignAgencies',
    entityId: roundId,
    before: { assignments: assignments.map((a) => ({ code: a.code, agencyIds: [] })) },
    after: { assignments },
    reason: 'Dữ liệu mẫu',
  });
  const [set] = await tx.select({ content: criteriaSets.content }).from(criteriaSets).where(eq(criteriaSets.id, setId));
  const known = new Set(
    JSON.stringify(set!.content)
      .match(/"code":"[^"]+"/g)
      ?.map((m) => m.slice(8, -1)),
  );
  for (const [code, value, note, review, reason] of FILLED.filter(([code]) => known.has(code)))
    await tx.insert(scoringEntries).values({
      roundId,
      unitId: provinceId,
      code,
      selfEntry: { value },
      selfNote: note,
      reviewStatus: review,
      reviewReason: reason,
      updatedAt: now,
    });
  const filled = await tx
    .select({ code: scoringEntries.code })
    .from(scoringEntries)
    .where(and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, provinceId)));
  return { roundId, filled: filled.length };
}
