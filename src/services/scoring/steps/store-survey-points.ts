import { eq } from 'drizzle-orm';
import { scoringRoundUnits, scoringSurveyPoints } from '../../../db/schema/index.js';
import { AppError } from '../../../domain/errors.js';
import { hasAtMostThreeDecimals } from '../../../domain/scoring/decimal.js';
import { formatNumberVi } from '../../../domain/text/format.js';
import { recordAudit } from '../../../db/queries/audit/record-audit.js';
import type { Actor, ServiceContext } from '../../context.js';
import { appendHistory } from '../../../db/queries/scoring/entry-write.js';
import { requireStage } from './round-stage.js';
import { loadRound } from '../../../db/queries/scoring/round-data.js';
import { leafInfo } from '../../../db/queries/scoring/review-scope.js';
import { surveyEntry } from '../../../db/queries/scoring/stage-entries.js';

interface SurveyInput {
  /** Where the row came from, for messages ("Dòng 4"). */
  where: string;
  unitId: string | null;
  unitLabel: string;
  code: string;
  points: number | null;
}

const OPEN: ['draft', 'self_assessment', 'appraisal', 'explanation', 'final_appraisal'] = [
  'draft',
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
];

export async function storeSurveyPoints(ctx: ServiceContext, actor: Actor, roundId: string, rows: SurveyInput[]) {
  if (rows.length === 0) throw new AppError('EMPTY_FILE', { empty: 'survey' });
  return ctx.db.transaction(async (tx) => {
    const { round, set } = await loadRound(tx, roundId, 'share');
    requireStage(round.status, OPEN, 'nhập điểm điều tra xã hội học');
    const info = leafInfo(set);
    const inRound = new Set(
      (
        await tx
          .select({ id: scoringRoundUnits.unitId })
          .from(scoringRoundUnits)
          .where(eq(scoringRoundUnits.roundId, roundId))
      ).map((r) => r.id),
    );
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const leaf = info.get(row.code);
      const max = leaf?.node.maxPoints ?? 0;
      const say = (what: string) => problems.push(`${row.where}: ${what}`);
      if (!row.unitId || !inRound.has(row.unitId)) say(`đơn vị "${row.unitLabel}" không thuộc đợt đánh giá.`);
      else if (!leaf || !leaf.survey) say(`mục ${row.code} không phải tiêu chí điều tra xã hội học của bộ tiêu chí.`);
      else if (row.points === null) say('thiếu điểm hoặc điểm không phải là số.');
      else if (row.points < 0 || row.points > max)
        say(
          `điểm ${formatNumberVi(row.points, 3)} vượt quá điểm tối đa ${formatNumberVi(max, 3)} của mục ${row.code}.`,
        );
      else if (!hasAtMostThreeDecimals(row.points)) say('điểm chỉ ghi tối đa 3 chữ số thập phân.');
      else {
        try {
          surveyEntry(leaf.node, row.points);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          say(error.message);
        }
      }
      const key = `${row.unitId}|${row.code}`;
      if (seen.has(key)) say(`mục ${row.code} của đơn vị "${row.unitLabel}" có hai dòng.`);
      seen.add(key);
    }
    if (problems.length) throw new AppError('INVALID_SURVEY_POINTS', { problems }, { problems });

    const existing = new Map(
      (await tx.select().from(scoringSurveyPoints).where(eq(scoringSurveyPoints.roundId, roundId))).map((r) => [
        `${r.unitId}|${r.code}`,
        r.points,
      ]),
    );
    let saved = 0;
    for (const row of rows) {
      const key = { roundId, unitId: row.unitId!, code: row.code };
      if (existing.get(`${row.unitId}|${row.code}`) === row.points) continue;
      const values = { ...key, points: row.points!, updatedBy: actor.userId, updatedAt: ctx.now() };
      await tx
        .insert(scoringSurveyPoints)
        .values(values)
        .onConflictDoUpdate({
          target: [scoringSurveyPoints.roundId, scoringSurveyPoints.unitId, scoringSurveyPoints.code],
          set: { points: values.points, updatedBy: values.updatedBy, updatedAt: values.updatedAt },
        });
      await appendHistory(
        tx,
        actor,
        key,
        'survey',
        0,
        { points: row.points, previous: existing.get(`${row.unitId}|${row.code}`) ?? null },
        ctx.now(),
      );
      saved++;
    }
    await recordAudit(tx, actor, {
      action: 'scoringRound.enterSurveyPoints',
      entityId: roundId,
      after: { rows: rows.length, saved },
    });
    return { saved, unchanged: rows.length - saved };
  });
}
