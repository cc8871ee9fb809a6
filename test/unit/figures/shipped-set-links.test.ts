/** The criteria sets cchc ships link their dossier criteria to the catalogue, so "Điền nhanh" fills them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueKeyOf, isLinkedFigure } from '../../../src/domain/scoring/figure-links.js';

const linksIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(linksIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'linkedFigure' && typeof inner === 'string' ? [inner] : linksIn(inner),
  );
};

describe.each(['internal-department-2025', 'internal-commune-2025'])('the shipped set %s', (name) => {
  const links = linksIn(
    JSON.parse(readFileSync(new URL(`../../../seed/criteria/${name}.json`, import.meta.url), 'utf8')),
  );

  it('links only figures cchc knows, and the dossier criteria to catalogue keys', () => {
    expect(links.every(isLinkedFigure)).toBe(true);
    const keys = links.map((link) => catalogueKeyOf(link as never));
    expect(keys).toEqual(
      expect.arrayContaining([
        'dossiers.on_time_rate',
        'dossiers.late_with_apology_rate',
        'dossiers.digitised_rate',
        'dossiers.online',
        'dossiers.received',
      ]),
    );
    // What is left as a plan indicator is a figure no capability computes (budget revenue).
    expect(links.filter((link) => catalogueKeyOf(link as never) === null)).toEqual(
      links.filter((link) => link === 'indicator:budget_revenue_rate'),
    );
  });
});
