import { groupMembers } from '../../domain/units/groups.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';

/** The groups plans name ("UBND cấp xã"…) of the actor's province, by name, each with its members' count. */
export async function listUnitGroups(ctx: ServiceContext, asOf: string) {
  const actor = await authorize(ctx, 'directory.read');
  const directory = await directoryOfActor(ctx.db, actor);
  return [...directory.groups]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.code.localeCompare(b.code)))
    .map((group) => ({ ...group, memberCount: groupMembers(directory, group, asOf).length }));
}
