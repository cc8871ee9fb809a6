import type { DbOrTx } from '../../client.js';
import { unitGroups } from '../../schema/index.js';
import { provinceUnits } from './province.js';
import { DEFAULT_GROUPS } from '../../../domain/units/default-groups.js';

/** Every province root gets the standard groups; existing ones are left as they are. */
export async function ensureDefaultGroups(tx: DbOrTx): Promise<void> {
  for (const root of await provinceUnits(tx)) {
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
