import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/contracts/auth.js';
import { ROUND_STAGES } from '../../../src/contracts/scoring.js';
import { TARGET_LEVEL_LABELS } from '../../../src/domain/consolidation/indicator-table.js';
import { ASSIGNMENT_STATUSES } from '../../../src/domain/reporting/assignment-status.js';
import { REPORT_STANDING_LABELS, TIMELINESS_LABELS } from '../../../src/domain/reporting/completeness.js';
import { INDICATOR_STATUS_LABELS } from '../../../src/domain/reporting/indicator-status.js';
import { NARRATIVE_SECTIONS } from '../../../src/domain/reporting/report-form.js';
import { REPORT_STATES } from '../../../src/domain/reporting/report-workflow.js';
import { GOVERNMENT_LEVELS, SUCCESSION_KINDS, UNIT_KINDS } from '../../../src/domain/units/types.js';
import { en } from '../../../web/src/i18n/en.js';
import { translate, type Locale } from '../../../web/src/i18n/translate.js';
import { vi, type MessageKey } from '../../../web/src/i18n/vi.js';
import { bandLabel } from '../../../web/src/scoring/band.js';

/** Letters only Vietnamese uses: an English text holding one was left untranslated. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** English messages that quote what a person types in Vietnamese (examples, the language's own name). */
const QUOTES_VIETNAMESE = new Set([
  'lang.vi',
  'plans.deadlineHint',
  'plans.budgetHint',
  'consolidated.signerAuthorityHint',
  'consolidated.buildHint',
  'joint.importHint', // the appraisal file's column headings, as the Ministry's table prints them
  'ix.targetHint', // the plan's own words for an index target
  'fb.importHint', // the feedback spreadsheet's column headings, which are Vietnamese
]);

describe('the locale dictionaries', () => {
  it('have the same keys in Vietnamese and English, each with a text', () => {
    const viKeys = Object.keys(vi);
    const enKeys = Object.keys(en);
    expect(viKeys.filter((key) => !(key in en))).toEqual([]);
    expect(enKeys.filter((key) => !(key in vi))).toEqual([]);
    expect(viKeys.filter((key) => !vi[key as MessageKey].trim())).toEqual([]);
    expect(enKeys.filter((key) => !en[key as MessageKey].trim())).toEqual([]);
  });

  it('leave no Vietnamese in the English texts', () => {
    const untranslated = Object.entries(en).filter(
      ([key, text]) => VIETNAMESE.test(text) && !QUOTES_VIETNAMESE.has(key),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('enumerations shown in the web app', () => {
  const enumerations: Record<string, readonly string[]> = {
    assignmentStatus: ASSIGNMENT_STATUSES,
    reportState: REPORT_STATES,
    standing: Object.keys(REPORT_STANDING_LABELS),
    timeliness: Object.keys(TIMELINESS_LABELS),
    section: NARRATIVE_SECTIONS,
    roundStage: ROUND_STAGES,
    indicatorStatus: [...Object.keys(INDICATOR_STATUS_LABELS), 'none'],
    targetLevel: Object.keys(TARGET_LEVEL_LABELS),
    unitKind: UNIT_KINDS,
    level: GOVERNMENT_LEVELS,
    succession: SUCCESSION_KINDS,
    role: ROLES,
  };
  const label = (locale: Locale, key: string) => translate(locale, key as MessageKey);

  it.each(Object.entries(enumerations))('names every value of %s in both languages', (prefix, values) => {
    for (const value of values) {
      const key = `${prefix}.${value}`;
      expect(key in vi, key).toBe(true);
      expect(label('vi', key).trim(), key).not.toBe('');
      expect(label('en', key), key).not.toMatch(VIETNAMESE);
      expect(label('en', key), key).not.toBe(label('vi', key));
    }
  });

  it('translates the classification bands the shipped criteria sets use, and keeps a band it does not know', () => {
    const seedDir = join(import.meta.dirname, '../../../seed/criteria');
    const bands = readdirSync(seedDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) =>
        (JSON.parse(readFileSync(join(seedDir, name), 'utf8')) as { bands: { label: string }[] }).bands.map(
          (b) => b.label,
        ),
      );
    expect(bands).toContain('Yếu');
    for (const band of bands) {
      expect(bandLabel((key, params) => translate('vi', key, params), band)).toBe(band);
      expect(
        bandLabel((key, params) => translate('en', key, params), band),
        band,
      ).not.toMatch(VIETNAMESE);
    }
    expect(bandLabel((key, params) => translate('en', key, params), 'Yếu')).toBe('Weak');
    expect(bandLabel((key, params) => translate('en', key, params), 'Nhóm B')).toBe('Group B');
    expect(bandLabel((key, params) => translate('en', key, params), 'Hạng A')).toBe('Hạng A');
  });
});
