/**
 * The province's joint round as the Sở Nội vụ and the agencies see it: the province's scoring sheet, each
 * criterion's responsible agencies (merged departments followed to their successors) and where it stands, and
 * the progress per agency. An agency's reporter sees only the criteria assigned to it.
 */
import { can } from '../../../domain/access/policy.js';
import { jointStatus, progressByAgency } from '../../../domain/scoring/joint.js';
import { jointAsOf, leafAgencies, loadResponsibilities } from '../../../db/queries/scoring/joint-round.js';
import { loadRoundEntries } from '../../../db/queries/scoring/round-data.js';
import { loadDirectory } from '../../../db/queries/units/load-directory.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { getUnitScoring } from '../get-unit-scoring.js';
import { loadJointRound } from '../steps/open-joint.js';
import { workOfRound } from '../../../db/queries/indices/work-rows.js';

const workView = (w: Awaited<ReturnType<typeof workOfRound>>[number] | undefined) =>
  w
    ? {
        id: w.id,
        assignmentId: w.assignmentId,
        planId: w.planId,
        unitName: w.unitName,
        dueOn: w.dueOn,
        status: w.status,
      }
    : null;

export async function getJointRound(ctx: ServiceContext, roundId: string) {
  const actor = await authorize(ctx, 'scoring.jointRead', { roundId });
  const { round, set, unitId } = await loadJointRound(ctx.db, roundId);
  const sheet = await getUnitScoring(ctx, roundId, unitId);
  const [named, directory, { entries }, work] = await Promise.all([
    loadResponsibilities(ctx.db, roundId),
    loadDirectory(ctx.db),
    loadRoundEntries(ctx.db, roundId, [unitId]),
    workOfRound(ctx.db, roundId),
  ]);
  const workOf = new Map(work.map((w) => [w.criterionCode, w]));
  const entryOf = new Map(entries.map((e) => [e.code, e]));
  const sheetLeaf = new Map(sheet.leaves.map((l) => [l.code, l]));
  // The agencies see their own part; everyone who reads every unit's data sees the whole round.
  const agencyView = can(actor, 'scoring.readEarly') ? null : actor.unitId;
  const explaining = round.status === 'explanation';
  const all = leafAgencies(set, named, directory, jointAsOf(round))
    .filter((l) => sheetLeaf.get(l.code)?.source !== 'survey')
    .map((l) => {
      const entry = entryOf.get(l.code);
      return {
        code: l.code,
        agencyIds: l.agencyIds,
        namedIds: [...l.namedIds],
        inheritedFrom: l.from,
        status: jointStatus(entry),
        reviewReason: entry?.reviewStatus === 'returned' ? entry.reviewReason : null,
        explanationOwed: explaining && (sheetLeaf.get(l.code)?.deducted ?? 0) > 0 && !entry?.explanation,
        work: workView(workOf.get(l.code)),
      };
    });
  // The agencies find the work in their task list; the round shows it to the coordinator.
  const leaves = agencyView
    ? all.filter((l) => l.agencyIds.includes(agencyView)).map((l) => ({ ...l, work: null }))
    : all;
  const codes = new Set(leaves.map((l) => l.code));
  const byId = new Map(directory.units.map((u) => [u.id, u]));
  const ids = new Set([...all.flatMap((l) => [...l.agencyIds, ...l.namedIds]), ...[...named.values()].flat()]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const progress = progressByAgency(leaves)
    .filter((p) => !agencyView || p.agencyId === agencyView)
    .map((p) => ({
      ...p,
      agencyName: nameOf(p.agencyId),
      explanationsOwed: leaves.filter((l) => l.explanationOwed && l.agencyIds.includes(p.agencyId)).length,
    }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
  return {
    sheet: { ...sheet, leaves: sheet.leaves.filter((l) => codes.has(l.code)) },
    agencyView,
    agencies: [...ids]
      .filter((id) => byId.has(id))
      .map((id) => {
        const u = byId.get(id)!;
        const successorNames = directory.successions.filter((s) => s.fromId === id).map((s) => nameOf(s.toId));
        return { id, name: u.name, code: u.code, validTo: u.validTo, successorNames };
      }),
    named: [...named].map(([code, agencyIds]) => ({ code, agencyIds })),
    leaves,
    progress,
    explanationDue: round.explanationTo,
  };
}
