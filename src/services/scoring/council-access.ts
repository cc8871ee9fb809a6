import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scoringCouncilMembers } from '../../db/schema/index.js';
import { forbidden } from '../../domain/errors.js';

/** The areas this appraiser reviews in the round; 403 when they are not on its council. */
export async function assignedAreas(db: DbOrTx, roundId: string, userId: string): Promise<Set<string>> {
  const [member] = await db.select().from(scoringCouncilMembers).where(and(eq(scoringCouncilMembers.roundId, roundId), eq(scoringCouncilMembers.userId, userId)));
  if (!member) throw forbidden('thẩm định trong đợt đánh giá này (bạn không thuộc Hội đồng thẩm định)');
  return new Set(member.areas);
}

export function requireArea(areas: Set<string>, area: string): void {
  if (!areas.has(area)) throw forbidden(`thẩm định lĩnh vực ${area} (lĩnh vực chưa được phân công cho bạn)`);
}
