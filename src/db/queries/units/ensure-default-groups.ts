import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { unitGroups, units } from '../../schema/index.js';
import { DEFAULT_GROUPS } from '../../../domain/units/default-groups.js';

/** Every province root gets the standard groups; existing ones are left as they are. */
export async function ensureDefaultGroups(tx: DbOrTx): Promise<void> {
  const roots = await tx
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(and(eq(units.kind, 'province'), isNull(units.archivedAt)));
  for (const root of roots) {
    for (const group of DEFAULT_GROUPS) {
      await tx
        .insert(unitGroups)
        .values({
          code: `${root.code}.${group.suffix}`,
          name: group.name,
          aliases: group.aliases,
          rootId: root.id,
          memberKinds: group.memberKinds,
        })
        .onConflictDoNothing();
    }
  }
}
