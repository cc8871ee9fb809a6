import { createUnitRequest } from '../../src/contracts/units.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createUnit } from '../../src/services/units/create-unit.js';
import { unitIdOf } from './actors.js';

/**
 * A new commune under the province, made through the same use case as the units page (so it is a unit like
 * any other): for a test that needs a unit of its own, with no work and no reports yet.
 */
export async function aCommune(
  coordinator: ServiceContext,
  code: string,
  name = `UBND xã thử ${code}`,
): Promise<{ id: string; code: string }> {
  const parentId = await unitIdOf(coordinator.db, 'QT');
  const unit = await createUnit(
    coordinator,
    createUnitRequest.parse({ code, name, parentId, kind: 'commune', level: 'commune', validFrom: '2025-07-01' }),
  );
  return { id: unit.id, code: unit.code };
}
