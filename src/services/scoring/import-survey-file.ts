import { eq } from 'drizzle-orm';
import { scoringRoundUnits, units } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import type { Upload } from '../../db/queries/files/store-upload.js';
import { storeSurveyPoints } from './steps/store-survey-points.js';

export async function importSurveyFile(ctx: ServiceContext, roundId: string, upload: Upload) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'nhập điểm điều tra xã hội học');
  const rows = await readUploadOffThread({ kind: 'survey', content: upload.content, fileName: upload.fileName });
  const roundUnits = await ctx.db
    .select({ id: units.id, code: units.code })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, roundId));
  const byCode = new Map(roundUnits.map((u) => [u.code.toUpperCase(), u.id]));
  return storeSurveyPoints(
    ctx,
    actor,
    roundId,
    rows.map((r) => ({
      where: `Dòng ${r.row}`,
      unitId: byCode.get(r.unitCode.toUpperCase()) ?? null,
      unitLabel: r.unitCode,
      code: r.code,
      points: r.points,
    })),
  );
}
