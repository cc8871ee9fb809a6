/**
 * The one figure catalogue: every figure cchc can produce, by key. A capability adds its list in a file of
 * its own beside this one and one spread line below; its values come from a source registered in
 * services/figures/figure-sources.ts.
 */
import { activityFigures } from './activity-figures.js';
import { dossierFigures } from './dossier-figures.js';
import type { FigureDefinition } from './definition.js';
import { indexFigures } from './index-figures.js';
import { qd766Figures } from './qd766-figures.js';
import { reportFigures } from './report-figures.js';
import { registerFigureDefinitions } from '../registers/index.js';
import { initiativeFigures } from './initiative-figures.js';
import { unitPlanFigures } from './unit-plan-figures.js';
import { surveyFigures } from './survey-figures.js';
import { feedbackFigures } from './feedback-figures.js';

export { defineFigures, type FigureDefinition, type FigureKind } from './definition.js';

export const FIGURES = [
  ...activityFigures, // plan activities (lead assignments)
  ...reportFigures, // the units' periodic reports
  ...dossierFigures, // administrative-procedure dossiers imported from the province's system
  ...qd766Figures, // the service-quality scores the national portal published (QĐ 766)
  ...indexFigures, // the national indices (PAR INDEX, SIPAS, PAPI, PCI, DTI) as published for the province
  ...registerFigureDefinitions, // the registers (steering meetings, training, publicity, ISO 9001): domain/registers/
  ...unitPlanFigures, // the units' own CCHC plans under the province's plan
  ...initiativeFigures, // CCHC initiatives recognised and applied
  ...surveyFigures, // the province's own satisfaction surveys (issue #14)
  ...feedbackFigures, // citizen feedback (PAKN) answered on time and published
] as const satisfies readonly FigureDefinition[];

export type FigureKey = (typeof FIGURES)[number]['key'];

export const FIGURE_KEYS = FIGURES.map((f) => f.key) as FigureKey[];

const byKey = new Map<string, FigureDefinition>(FIGURES.map((f) => [f.key, f]));

export const isFigureKey = (key: string): key is FigureKey => byKey.has(key);

export function figureDefinition(key: FigureKey): FigureDefinition {
  return byKey.get(key)!;
}
