import { serializeCriteriaSet } from '../../contracts/criteria.js';
import { writeCriteriaXlsx } from '../../writers/criteria-xlsx.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';

/** The stored version as JSON or XLSX, named after its code and version. */
export async function exportCriteriaSet(ctx: ServiceContext, id: string, format: 'json' | 'xlsx') {
  await authorize(ctx, 'criteria.read');
  const { row } = await loadCriteriaSetRow(ctx.db, id);
  const base = `bo-tieu-chi-${row.code}-v${row.version}`;
  if (format === 'json')
    return {
      kind: 'file' as const,
      bytes: new TextEncoder().encode(serializeCriteriaSet(row.content)),
      fileName: `${base}.json`,
      contentType: 'application/json; charset=utf-8',
    };
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await writeCriteriaXlsx(row.content)),
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
