import type { RegisterListQuery } from '../../contracts/registers.js';
import { listEntries } from '../../db/queries/registers/register-views.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import type { ServiceContext } from '../context.js';
import { parsedFilters, visibleUnits } from './steps/visible-units.js';

/** A page of a register's entries with its declared filters: a unit's reporters see their own unit's only. */
export async function listRegisterEntries(ctx: ServiceContext, register: RegisterKey, query: RegisterListQuery) {
  const unitIds = await visibleUnits(ctx, register, query.unitId);
  const { total, items } = await listEntries(
    ctx.db,
    {
      register,
      unitIds,
      year: query.year,
      status: query.status,
      q: query.q,
      equals: parsedFilters(registerOf(register), query.filters),
    },
    query,
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}
