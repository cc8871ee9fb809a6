import { endpoints } from '../../contracts/endpoints/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { addSuccession } from '../../services/units/add-succession.js';
import { archiveUnit } from '../../services/units/archive-unit.js';
import { createUnit } from '../../services/units/create-unit.js';
import { exportUnits } from '../../services/units/export-units.js';
import { getUnit } from '../../services/units/get-unit.js';
import { getUnitTree } from '../../services/units/get-unit-tree.js';
import { importUnits } from '../../services/units/import-units.js';
import { listUnitGroups } from '../../services/units/list-unit-groups.js';
import { listUnits } from '../../services/units/list-units.js';
import { matchUnits } from '../../services/units/match-units.js';
import { updateUnit } from '../../services/units/update-unit.js';
import { listUnitUsers } from '../../services/users/list-unit-users.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

// The fixed paths (/units/tree, /units/export, …) come before /units/:id, which would otherwise take them.
export const unitRoutes = [
  handle(endpoints.listUnits, ({ query }, ctx) => listUnits(ctx, query)),
  handle(endpoints.getUnitTree, (_input, ctx) => getUnitTree(ctx)),
  handle(endpoints.exportUnits, async ({ query }, ctx) => ({
    kind: 'file' as const,
    ...(await exportUnits(ctx, query.format)),
  })),
  handle(endpoints.importUnits, async ({ query }, ctx, c) => {
    const file = await readUploadedFile(c);
    return importUnits(ctx, file, { dryRun: query.dryRun });
  }),
  handle(endpoints.matchUnits, ({ query }, ctx) => matchUnits(ctx, query.text, query.asOf)),
  handle(endpoints.getUnit, ({ params }, ctx) => getUnit(ctx, params.id)),
  handle(endpoints.createUnit, ({ body }, ctx) => createUnit(ctx, body)),
  handle(endpoints.updateUnit, ({ params, body }, ctx) => updateUnit(ctx, params.id, body)),
  handle(endpoints.archiveUnit, ({ params, body }, ctx) => archiveUnit(ctx, params.id, body.reason)),
  handle(endpoints.addUnitSuccession, ({ params, body }, ctx) => addSuccession(ctx, params.id, body)),
  handle(endpoints.listUnitUsers, ({ params }, ctx) => listUnitUsers(ctx, params.id)),
  handle(endpoints.listUnitGroups, ({ query }, ctx) => listUnitGroups(ctx, query.asOf ?? localDateOf(ctx.now()))),
];
