import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { saveSourceMapping } from '../../db/queries/dossiers/dossier-imports.js';
import { authorize } from '../access/authorize.js';
import type { DossierField } from '../../domain/dossiers/dossier-record.js';
import type { ServiceContext } from '../context.js';

/**
 * Saves how a source's exports name their columns (e.g. "Mã hồ sơ" → MaHoSo), so every later file of that
 * source is read the same way without mapping it again.
 */
export async function saveDossierMapping(
  ctx: ServiceContext,
  sourceName: string,
  mapping: Record<string, DossierField>,
) {
  const actor = await authorize(ctx, 'dossiers.import');
  await ctx.db.transaction(async (tx) => {
    await saveSourceMapping(tx, sourceName, mapping, ctx.now());
    await recordAudit(tx, actor, {
      action: 'dossierSource.saveMapping',
      entityId: null,
      after: { sourceName, mapping },
    });
  });
  return { sourceName, mapping };
}
