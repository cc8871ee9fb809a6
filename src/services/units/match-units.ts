import { localDateOf } from '../../domain/text/format.js';
import { matchUnitList } from '../../domain/units/matching.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { directoryOfActor } from '../../db/queries/units/load-directory.js';

/** Text as plans write it ("Sở TTTT; UBND cấp xã") → the units and groups it names, each with a confidence. */
export async function matchUnits(ctx: ServiceContext, text: string, asOf?: string) {
  const actor = await authorize(ctx, 'directory.read');
  return matchUnitList(text, await directoryOfActor(ctx.db, actor), asOf ?? localDateOf(ctx.now()));
}
