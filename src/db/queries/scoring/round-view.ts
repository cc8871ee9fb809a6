/** A round as the API shows it: its set, windows, stage and how many units have submitted. */
import { and, count, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { scoringRoundUnits } from '../../schema/index.js';
import type { RoundRow, SetRow } from './round-data.js';

export async function toRoundSummaries(db: DbOrTx, rows: { round: RoundRow; setRow: SetRow }[]) {
  const ids = rows.map((r) => r.round.id);
  const counts = ids.length
    ? await db
        .select({ roundId: scoringRoundUnits.roundId, n: count() })
        .from(scoringRoundUnits)
        .where(inArray(scoringRoundUnits.roundId, ids))
        .groupBy(scoringRoundUnits.roundId)
    : [];
  const submitted = ids.length
    ? await db
        .select({ roundId: scoringRoundUnits.roundId, n: count() })
        .from(scoringRoundUnits)
        .where(and(inArray(scoringRoundUnits.roundId, ids), isNotNull(scoringRoundUnits.submittedAt)))
        .groupBy(scoringRoundUnits.roundId)
    : [];
  const total = new Map(counts.map((c) => [c.roundId, c.n]));
  const done = new Map(submitted.map((c) => [c.roundId, c.n]));
  return rows.map(({ round, setRow }) => ({
    id: round.id,
    name: round.name,
    status: round.status,
    criteriaSet: {
      id: setRow.id,
      code: setRow.code,
      version: setRow.version,
      name: setRow.name,
      year: setRow.year,
      subject: setRow.subject,
    },
    selfAssessmentFrom: round.selfAssessmentFrom,
    selfAssessmentTo: round.selfAssessmentTo,
    appraisalFrom: round.appraisalFrom,
    appraisalTo: round.appraisalTo,
    explanationTo: round.explanationTo,
    version: round.version,
    units: total.get(round.id) ?? 0,
    submitted: done.get(round.id) ?? 0,
    publishedAt: round.publishedAt?.toISOString() ?? null,
  }));
}

export async function toRoundSummary(db: DbOrTx, round: RoundRow, setRow: SetRow) {
  return (await toRoundSummaries(db, [{ round, setRow }]))[0]!;
}

export const roundUnitView = (row: {
  roundUnit: typeof scoringRoundUnits.$inferSelect;
  code: string;
  name: string;
}) => ({
  unitId: row.roundUnit.unitId,
  code: row.code,
  name: row.name,
  rankGroup: row.roundUnit.rankGroup,
  submittedAt: row.roundUnit.submittedAt?.toISOString() ?? null,
  version: row.roundUnit.version,
});
