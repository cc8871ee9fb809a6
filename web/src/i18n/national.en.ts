import type { nationalVi } from './national.vi.js';

/** The Ministry's national page: every province's figures and the country's. */
export const nationalEn: Record<keyof typeof nationalVi, string> = {
  'nav.national': 'National',
  'national.title': 'National administrative reform figures',
  'national.intro':
    "Each province's figures, computed as its own figures page computes them, and the country's: a national rate is the sum of every province's units' numerators over the sum of their denominators, never an average of the provinces' rates.",
  'national.excel': 'Download the national consolidated report (Excel)',
  'national.filters': 'Choose the period and figures',
  'national.figures': 'Figures',
  'national.table': 'The country and {count} provinces',
  'national.hint': 'Under each rate are its numerator/denominator; hover over a cell to see its source.',
  'national.province': 'Province',
  'national.country': 'Whole country',
  'national.none': 'No data yet',
};
