import { asc } from 'drizzle-orm';
import { unitGroups } from '../../db/schema/index.js';
import { groupMembers } from '../../domain/units/groups.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';

export async function listUnitGroups(ctx: ServiceContext, asOf: string) {
  const actor = await authorize(ctx, 'directory.read');
  const directory = await directoryOfActor(ctx.db, actor);
  const groups = await ctx.db.select().from(unitGroups).orderBy(asc(unitGroups.name));
  return groups.map((g) => {
    const group = directory.groups.find((d) => d.id === g.id)!;
    return { ...group, memberCount: groupMembers(directory, group, asOf).length };
  });
}
