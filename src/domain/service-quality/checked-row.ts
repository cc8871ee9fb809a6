/** One unit row of a portal answer, its published score beside the score recomputed from its counts. */
import { GROUP_OF_PORTAL, type PortalFigures, type PortalRow } from './portal-row.js';
import type { ServiceQualityGroup } from './groups.js';
import { differsFromPublished, recomputeRow } from './recompute.js';

export interface CheckedRow {
  file: string;
  group: ServiceQualityGroup;
  departmentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  level: string | null;
  published: number | null;
  /** null where the row carries no inputs for the formula. */
  recomputed: number | null;
}

export interface CheckedPortalRow {
  checked: CheckedRow;
  row: PortalRow;
  /** More than 0.01 points between published and recomputed. */
  differs: boolean;
}

export function checkPortalFigures(file: string, figures: PortalFigures): CheckedPortalRow[] {
  return figures.rows.map((row) => {
    const recomputed = recomputeRow(figures.group, row);
    return {
      checked: {
        file,
        group: GROUP_OF_PORTAL[figures.group],
        departmentId: row.departmentId,
        departmentCode: row.departmentCode,
        departmentName: row.departmentName,
        level: row.level,
        published: row.published.score,
        recomputed,
      },
      row,
      differs: differsFromPublished(row.published.score, recomputed),
    };
  });
}
