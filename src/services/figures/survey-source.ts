/**
 * surveys.*: the satisfaction surveys' figures per unit, from one grouped pass over the answers
 * (db/queries/surveys/satisfaction-counts.ts). No response for a unit in the period: no data (null), never 0 %.
 */
import { loadSatisfactionCounts } from '../../db/queries/surveys/satisfaction-counts.js';
import {
  FIELD_GROUP_FIGURES,
  PILLAR_FIGURES,
  SURVEY_FIGURE_KEYS,
  isSurveyFigureKey,
  type SurveyFigureKey,
} from '../../domain/figures/survey-figures.js';
import { rateOf, type FigureValue } from '../../domain/figures/values.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/format.js';
import type { FigureSource } from './figure-source.js';

const NO_DATA = { numerator: null, denominator: null, value: null };

const pillarOfKey = new Map<string, string>(
  Object.entries(PILLAR_FIGURES).map(([pillar, { part }]) => [`surveys.satisfied_rate.${part}`, pillar]),
);
const fieldsOfKey = new Map<string, readonly string[]>(
  Object.entries(FIELD_GROUP_FIGURES).map(([group, { fields }]) => [`surveys.satisfied_rate.${group}`, fields]),
);
const fieldGroupOfKey = new Map<string, string>(
  Object.entries(FIELD_GROUP_FIGURES).map(([group, { vi }]) => [`surveys.satisfied_rate.${group}`, vi]),
);

/** Where a unit's figure is shown with its items, margin and free texts. */
export const surveyResultsLink = (unitId: string, period: { from: string; to: string }) =>
  `/khao-sat-y-kien/ket-qua?unitId=${unitId}&from=${period.from}&to=${period.to}`;

export const surveySource: FigureSource = {
  keys: SURVEY_FIGURE_KEYS,
  async compute(db, { keys, unitIds, period }) {
    const wanted = keys.filter(isSurveyFigureKey);
    if (!wanted.length || !unitIds.length) return [];
    const rows = await loadSatisfactionCounts(db, { unitIds, period }, { only: 'units' });
    const byUnit = new Map(rows.filter((r) => r.grouping === 'unit').map((r) => [r.unitId!, r]));
    // A field group's figure counts only its fields' responses: one more pass each, only when asked for.
    const byUnitFields = new Map<string, Map<string, (typeof rows)[number]>>();
    for (const key of wanted.filter((k) => fieldsOfKey.has(k))) {
      const fieldRows = await loadSatisfactionCounts(
        db,
        { unitIds, period, fields: fieldsOfKey.get(key)! },
        { only: 'units' },
      );
      byUnitFields.set(key, new Map(fieldRows.filter((r) => r.grouping === 'unit').map((r) => [r.unitId!, r])));
    }
    const byUnitPillar = new Map(
      rows.filter((r) => r.grouping === 'unit_pillar').map((r) => [`${r.unitId}|${r.pillar}`, r]),
    );
    const span = `từ ${formatDateVi(period.from)} đến ${formatDateVi(period.to)}`;
    const values: FigureValue[] = [];
    for (const unitId of unitIds) {
      const unit = byUnit.get(unitId);
      const link = surveyResultsLink(unitId, period);
      for (const key of wanted as SurveyFigureKey[]) {
        const pillar = pillarOfKey.get(key);
        const counts = pillar
          ? byUnitPillar.get(`${unitId}|${pillar}`)
          : byUnitFields.has(key)
            ? byUnitFields.get(key)!.get(unitId)
            : unit;
        const about = fieldGroupOfKey.get(key) ? ` về hồ sơ ${fieldGroupOfKey.get(key)}` : '';
        const label = counts
          ? `${formatNumberVi(counts.satisfied)}/${formatNumberVi(counts.answers)} câu trả lời hài lòng, ${formatNumberVi(counts.respondents)} phiếu khảo sát${about} ${span}`
          : `Chưa có phiếu khảo sát${about} ${span}`;
        const value =
          !counts || !unit
            ? NO_DATA
            : key === 'surveys.answers'
              ? { numerator: null, denominator: null, value: unit.answers }
              : key === 'surveys.responses'
                ? { numerator: null, denominator: null, value: unit.respondents }
                : {
                    numerator: counts.satisfied,
                    denominator: counts.answers,
                    value: rateOf(counts.satisfied, counts.answers),
                  };
        values.push({ key, unitId, ...value, source: { label, link } });
      }
    }
    return values;
  },
};
