import { desc, eq } from 'drizzle-orm';
import type { CriteriaSet } from '../../../domain/scoring/types.js';
import type { Tx } from '../../client.js';
import { criteriaSets } from '../../schema/index.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Actor } from '../../../services/context.js';
import { toCriteriaSetDetail } from './criteria-set-view.js';

/** JSON with keys sorted: the database (jsonb) does not keep the order in which keys were written. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Also used by the demo loader (actor null). */
export async function storeCriteriaSet(
  tx: Tx,
  actor: Actor | null,
  set: CriteriaSet,
  sourceFileId: string | null,
  now: Date,
) {
  const [latest] = await tx
    .select()
    .from(criteriaSets)
    .where(eq(criteriaSets.code, set.code))
    .orderBy(desc(criteriaSets.version))
    .limit(1);
  if (latest && !latest.archivedAt && canonicalJson(latest.content) === canonicalJson(set))
    return { ...toCriteriaSetDetail(latest, latest.version), created: false };
  const version = (latest?.version ?? 0) + 1;
  const [row] = await tx
    .insert(criteriaSets)
    .values({
      code: set.code,
      version,
      name: set.name,
      year: set.year,
      subject: set.subject,
      content: set,
      sourceFileId,
      createdBy: actor?.userId ?? null,
      createdAt: now,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'criteriaSet.import',
    entityId: row!.id,
    after: { code: set.code, version, name: set.name, year: set.year, subject: set.subject },
  });
  return { ...toCriteriaSetDetail(row!, version), created: true };
}
