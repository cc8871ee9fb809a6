import { describe, expect, it } from 'vitest';
import { reportingPeriodFor, targetsFedByThePage } from '../../../web/src/service-quality/targets-fed.js';

const periods = [
  { id: 'y', kind: 'year', end: '2026-12-31' },
  { id: 'q1', kind: 'quarter', end: '2026-03-31' },
  { id: 'dx', kind: 'ad_hoc', end: '2026-04-30' },
  { id: 'h1', kind: 'half_year', end: '2026-06-30' },
  { id: 'm9', kind: 'nine_months', end: '2026-09-30' },
];

describe('the reporting period that covers the page’s span', () => {
  it('is the regular one ending first on or after the span’s end (reports are the year to date)', () => {
    expect(reportingPeriodFor(periods, '2026-03-31')?.id).toBe('q1');
    expect(reportingPeriodFor(periods, '2026-04-30')?.id).toBe('h1'); // April: not the ad-hoc request
    expect(reportingPeriodFor(periods, '2026-09-30')?.id).toBe('m9');
    expect(reportingPeriodFor(periods, '2026-12-31')?.id).toBe('y');
  });

  it('is the plan’s last one after it, and none without periods', () => {
    expect(reportingPeriodFor(periods.slice(1, 2), '2026-12-31')?.id).toBe('q1');
    expect(reportingPeriodFor([], '2026-12-31')).toBeNull();
  });
});

describe('the targets the page feeds', () => {
  const target = (
    id: string,
    key: string | null,
    status: 'suggested' | 'confirmed' | 'cleared' | null,
    subject = id,
  ) => ({
    id,
    subject,
    comparator: '>=',
    target: 50,
    unit: '%',
    level: null,
    figure: { key, status },
  });

  it('are those confirmed on a dossier or QĐ 766 figure, not suggestions nor other figures', () => {
    const fed = targetsFedByThePage([
      target('a', 'dossiers.online_rate', 'confirmed'),
      target('b', 'dossiers.on_time_rate', 'suggested'),
      target('c', 'reports.on_time_rate', 'confirmed'),
      target('d', 'qd766.total.score', 'confirmed'),
      target('e', null, 'cleared'),
    ]);
    expect(fed.map((t) => t.id)).toEqual(['a', 'd']);
  });

  it('show a target the plan printed twice (in the text and the appendix, or in two areas) once', () => {
    const fed = targetsFedByThePage([
      target('III-CT3', 'dossiers.online_rate', 'confirmed', 'Tỷ lệ hồ sơ trực tuyến'),
      target('III-CT6', 'dossiers.online_rate', 'confirmed', 'tỷ lệ  hồ sơ trực tuyến'),
    ]);
    expect(fed.map((t) => t.id)).toEqual(['III-CT3']);
  });
});
