import { localDateOf } from '../../domain/text/format.js';
import { matchUnitList } from '../../domain/units/matching.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';

/** Text as plans write it ("Sở TTTT; UBND cấp xã") → the units and groups it names, each with a confidence. */
export async function matchUnits(ctx: ServiceContext, text: string, asOf?: string) {
  await authorize(ctx, 'directory.read');
  return matchUnitList(text, await loadDirectory(ctx.db), asOf ?? localDateOf(ctx.now()));
}
