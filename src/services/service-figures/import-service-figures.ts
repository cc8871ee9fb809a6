/**
 * Stores the portal's published service-quality rows (QĐ 766) for a period against the unit directory:
 * one row per unit, group and period, with the published score (the official one), the score recomputed
 * from the row's counts beside it, and the portal's quality remarks. Rows no unit matches are reported,
 * not stored. Run by the operator from the CLI (no signed-in actor), in one transaction with its audit row.
 */
import type { DbOrTx } from '../../db/client.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { linkPortalDepartment, loadPortalLinks } from '../../db/queries/service-figures/portal-links.js';
import {
  storeServiceFigures,
  type ServiceFigureKey,
  type ServiceFigureValues,
} from '../../db/queries/service-figures/store-service-figure.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { checkPortalFigures } from '../../domain/service-quality/checked-row.js';
import type { ServiceQualityGroup } from '../../domain/service-quality/groups.js';
import { matchPortalRow } from '../../domain/service-quality/match-unit.js';
import { readFigurePeriod, type FigurePeriod } from '../../domain/service-quality/period.js';
import type { PortalFigures } from '../../domain/service-quality/portal-row.js';

export interface ImportServiceFiguresInput {
  period: string;
  files: { file: string; figures: PortalFigures }[];
  now: Date;
}

interface RowNamed {
  file: string;
  group: ServiceQualityGroup;
  departmentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
}

export interface ImportServiceFiguresResult {
  period: FigurePeriod;
  stored: number;
  created: number;
  updated: number;
  unmatched: RowNamed[];
  differing: (RowNamed & { unitName: string; published: number | null; recomputed: number | null })[];
}

export async function importServiceFigures(
  db: DbOrTx,
  input: ImportServiceFiguresInput,
): Promise<ImportServiceFiguresResult> {
  const period = readFigurePeriod(input.period);
  const directory = await loadDirectory(db);
  const unitNames = new Map(directory.units.map((u) => [u.id, u.name]));
  return db.transaction(async (tx) => {
    const links = await loadPortalLinks(tx);
    const result: ImportServiceFiguresResult = {
      period,
      stored: 0,
      created: 0,
      updated: 0,
      unmatched: [],
      differing: [],
    };
    const pending: { key: ServiceFigureKey; values: ServiceFigureValues }[] = [];
    for (const { file, figures } of input.files) {
      for (const { checked, row, differs } of checkPortalFigures(file, figures)) {
        const named: RowNamed = {
          file,
          group: checked.group,
          departmentId: row.departmentId,
          departmentCode: row.departmentCode,
          departmentName: row.departmentName,
        };
        const match = matchPortalRow(row, directory, links, period.to);
        if (!match) {
          result.unmatched.push(named);
          continue;
        }
        if (row.departmentId !== null && match.how !== 'portal-id') {
          await linkPortalDepartment(tx, {
            ...named,
            departmentId: row.departmentId,
            unitId: match.unitId,
            at: input.now,
          });
          links.set(row.departmentId, match.unitId);
        }
        pending.push({
          key: { unitId: match.unitId, groupCode: checked.group, periodFrom: period.from, periodTo: period.to },
          values: {
            departmentId: row.departmentId,
            departmentCode: row.departmentCode,
            departmentName: row.departmentName,
            level: row.level,
            publishedScore: row.published.score,
            publishedMaxScore: row.published.maxScore,
            publishedRatio: row.published.ratio,
            scoreDelta: row.published.scoreDelta,
            recomputedScore: checked.recomputed,
            differs,
            counts: row.counts,
            metrics: row.metrics,
            qualityFlags: row.qualityFlags,
            sourceFile: file,
            importedAt: input.now,
          },
        });
        result.stored++;
        if (differs)
          result.differing.push({
            ...named,
            unitName: unitNames.get(match.unitId) ?? match.unitId,
            published: checked.published,
            recomputed: checked.recomputed,
          });
      }
    }
    // Stored together once every row is matched: one statement per few hundred rows, not one per row.
    result.created = (await storeServiceFigures(tx, pending)).created;
    result.updated = result.stored - result.created;
    await recordAudit(tx, null, {
      action: 'serviceFigures.import',
      entityId: null,
      after: {
        period,
        files: input.files.map((f) => f.file),
        created: result.created,
        updated: result.updated,
        unmatched: result.unmatched.length,
        differing: result.differing.length,
      },
    });
    return result;
  });
}
