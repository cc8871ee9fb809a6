/** The criteria sets cchc ships link their dossier criteria to the catalogue, so "Điền nhanh" fills them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueKeyOf, isLinkedFigure } from '../../../src/domain/scoring/figure-links.js';
import { parseCriteriaSet } from '../../../src/contracts/criteria.js';
import { listedFiguresOf } from '../../../src/domain/scoring/prefill.js';
import { validateCriteriaSet } from '../../../src/domain/scoring/validate-set.js';

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

describe('the shipped province set par-index-province-2023', () => {
  const set = parseCriteriaSet(
    JSON.parse(readFileSync(new URL('../../../seed/criteria/par-index-province-2023.json', import.meta.url), 'utf8')),
  );

  it('links the criteria the catalogue measures, listed under the scored area they belong to', () => {
    expect(validateCriteriaSet(set)).toEqual([]);
    const listed = listedFiguresOf(set);
    expect(listed.every((l) => isLinkedFigure(l.figure) && catalogueKeyOf(l.figure) !== null)).toBe(true);
    expect(Object.fromEntries(listed.map((l) => [l.code, [l.leafCode, l.figure]]))).toMatchObject({
      '1.2': ['1', 'reports.on_time_rate'],
      '3.4': ['3', 'dossiers.on_time_rate'],
      '7.3.3': ['7.TD', 'dossiers.digitised_rate'],
      '7.3.5': ['7.TD', 'dossiers.online_rate'],
      '7.3.6': ['7.TD', 'dossiers.paid_online_rate'],
    });
  });
});
