/**
 * Every figure source, one line per capability: computeFigures and the scoring prefill ask each source for
 * the catalogue keys it holds. A capability adds its figures to domain/figures/catalogue.ts and its source here.
 */
import type { FigureKey } from '../../domain/figures/catalogue.js';
import type { FigureSource } from './figure-source.js';
import { dossierSource } from './dossier-source.js';
import { qd766Source } from './qd766-source.js';
import { activitySource } from './sources/activities.js';
import { indexSource } from './sources/indices.js';
import { registerSource } from './sources/registers.js';
import { initiativeSource } from './sources/initiatives.js';
import { reportSource } from './sources/reports.js';
import { unitPlanSource } from './sources/unit-plans.js';
import { surveySource } from './survey-source.js';
import { feedbackSource } from './sources/citizen-feedback.js';

export type { FigureQuery, FigureSource } from './figure-source.js';

export const FIGURE_SOURCES: readonly FigureSource[] = [
  activitySource, // activities.*
  reportSource, // reports.*
  dossierSource, // dossiers.*
  qd766Source, // qd766.* (as published)
  indexSource, // indices.* (the national indices as published for the province)
  registerSource, // registers.* (domain/registers/)
  unitPlanSource, // unit_plans.*
  initiativeSource, // initiatives.*
  surveySource, // surveys.* (the province's satisfaction surveys)
  feedbackSource, // feedback.* (citizen feedback, PAKN)
];

/** The source of a key, if any capability computes it. */
export const sourceOf = (key: FigureKey): FigureSource | undefined => FIGURE_SOURCES.find((s) => s.keys.includes(key));
