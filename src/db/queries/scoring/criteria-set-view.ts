/** A stored criteria set version as the API shows it. */
import { scoredLeaves } from '../../../domain/scoring/tree.js';
import type { SetRow } from './round-data.js';

export function toCriteriaSetSummary(row: SetRow, latestVersion: number) {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: row.name,
    year: row.year,
    subject: row.subject,
    leaves: scoredLeaves(row.content).length,
    latest: row.version === latestVersion,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export const toCriteriaSetDetail = (row: SetRow, latestVersion: number) => ({
  ...toCriteriaSetSummary(row, latestVersion),
  content: row.content,
});
