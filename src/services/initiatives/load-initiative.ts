import { initiativeRow } from '../../db/queries/initiatives/initiative-rows.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { initiativeRefusal } from '../../domain/initiatives/initiatives.js';

/** The initiative a write is about, refused when its state does not allow `step` or the form read an older version. */
export async function loadInitiativeFor(
  db: DbOrTx,
  id: string,
  step: 'decide' | 'withdraw' | 'addFile' | 'apply',
  version?: number,
) {
  const row = await initiativeRow(db, id);
  if (!row) throw notFound('sáng kiến');
  const refusal = initiativeRefusal(row.status, step);
  if (refusal) throw new AppError('INITIATIVE_INVALID_STATE', { refusal });
  if (version !== undefined && version !== row.version) throw staleVersion('sáng kiến');
  return row;
}
