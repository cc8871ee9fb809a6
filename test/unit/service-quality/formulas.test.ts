import { describe, expect, it } from 'vitest';
import {
  DIGITISATION_RULES,
  SATISFACTION_RULES,
  TRANSPARENCY_RULES,
  competitionRanks,
  metricGroupScore,
  onlineServicesScore,
  paymentScore,
  progressScore,
  round2,
  scoreMetrics,
  totalScore,
} from '../../../src/domain/service-quality/index.js';

const m = (code: string, numerator: number | null, denominator: number | null) => ({ code, numerator, denominator });

describe('round2', () => {
  it('rounds at the second decimal as written, halves up', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.344)).toBe(2.34);
    expect(round2(2.345)).toBe(2.35);
    expect(round2(17.999)).toBe(18);
  });
});

describe('CKMB (publicity and transparency): each metric max × r', () => {
  it('sums the four metrics', () => {
    const metrics = [
      m('PUBLISH_ON_TIME', 9, 10), // 5.4
      m('PUBLIC_UPDATE_ON_TIME', 1, 2), // 2
      m('PUBLIC_CONTENT_FULL', 3, 3), // 2
      m('DOSSIER_SYNC', 1, 3), // 2
    ];
    expect(scoreMetrics(TRANSPARENCY_RULES, metrics).map((s) => s.score)).toEqual([5.4, 2, 2, 2]);
    expect(metricGroupScore(TRANSPARENCY_RULES, metrics)).toBe(11.4);
  });
  it('leaves out a metric with a zero denominator or a null count; all missing is null, not 0', () => {
    const metrics = [m('PUBLISH_ON_TIME', 0, 0), m('PUBLIC_UPDATE_ON_TIME', null, 4), m('DOSSIER_SYNC', 1, 1)];
    expect(scoreMetrics(TRANSPARENCY_RULES, metrics).map((s) => s.score)).toEqual([null, null, 6]);
    expect(metricGroupScore(TRANSPARENCY_RULES, metrics)).toBe(6);
    expect(metricGroupScore(TRANSPARENCY_RULES, [m('PUBLISH_ON_TIME', 0, 0)])).toBeNull();
  });
  it('shows the group at two decimals', () => {
    // 6 × 2/3 = 4 exactly; 2 × 1/3 = 0.666… → 0.67 after the sum
    expect(metricGroupScore(TRANSPARENCY_RULES, [m('PUBLISH_ON_TIME', 2, 3), m('PUBLIC_CONTENT_FULL', 1, 3)])).toBe(
      4.67,
    );
  });
});

describe('TDGQ (processing on time): 20 × onTime / received', () => {
  it('scores the share on time', () => {
    expect(progressScore({ totalReceived: 400, totalOnTime: 392 })).toBe(19.6);
  });
  it('rounds at the second decimal', () => {
    // 20 × 2/3 = 13.333…
    expect(progressScore({ totalReceived: 3, totalOnTime: 2 })).toBe(13.33);
    // 20 × 1999/2000 = 19.99, 20 × 19991/20000 = 19.991 → 19.99
    expect(progressScore({ totalReceived: 20000, totalOnTime: 19991 })).toBe(19.99);
  });
  it('gives no score when nothing was received or a count is missing', () => {
    expect(progressScore({ totalReceived: 0, totalOnTime: 0 })).toBeNull();
    expect(progressScore({ totalReceived: null, totalOnTime: 5 })).toBeNull();
  });
});

describe('CLGQ (online public services): min(2, 2A/0.8) + 4B + min(6, 6C/0.5)', () => {
  const base = {
    authorityCount: 100,
    partialCount: 30,
    fullCount: 30, // A = 0.6 → 1.5
    onlineDossierCount: 45,
    onlineServiceTotal: 60, // B = 0.75 → 3
    channelOnlineSum: 200,
    channelTotalSum: 1000, // C = 0.2 → 2.4
  };
  it('adds the three parts', () => {
    expect(onlineServicesScore(base)).toBe(6.9);
  });
  it('caps A at 0.8 and C at 0.5 (full points at the target)', () => {
    expect(onlineServicesScore({ ...base, partialCount: 50, fullCount: 40, channelOnlineSum: 700 })).toBe(11);
  });
  it('a zero denominator earns 0 for that part; a missing count gives no score', () => {
    expect(onlineServicesScore({ ...base, onlineServiceTotal: 0, onlineDossierCount: 0 })).toBe(3.9);
    expect(onlineServicesScore({ ...base, channelTotalSum: null })).toBeNull();
  });
  it('rounds at the second decimal', () => {
    // A = 1/3 → 2/3/0.8 = 0.8333…; B = 0; C = 0 → 0.83
    expect(
      onlineServicesScore({
        ...base,
        authorityCount: 3,
        partialCount: 1,
        fullCount: 0,
        onlineDossierCount: 0,
        channelOnlineSum: 0,
      }),
    ).toBe(0.83);
  });
});

describe('TTTT (online payment): 6A + min(2, 2.5B) + 2.5C, each part rounded first', () => {
  const base = {
    totalDossierOnlinePaymentSuccess: 1,
    totalDossierFinancialObligation: 3, // 6/3 = 2
    totalDossierOnlineFormalityPaymentSuccess: 1,
    totalFeeDossierFormality: 1,
    totalFeeFormality: 3, // B = 1/3 → 0.8333 → 0.83; C = 1/3 → 0.8333 → 0.83
  };
  it('rounds each part before adding (0.83 + 0.83, not 1.67)', () => {
    expect(paymentScore(base)).toBe(3.66);
  });
  it('caps B at 2 points', () => {
    expect(paymentScore({ ...base, totalDossierOnlineFormalityPaymentSuccess: 3 })).toBe(4.83);
  });
  it('a ratio is 0 when its denominator is 0; a missing count gives no score', () => {
    expect(paymentScore({ ...base, totalDossierFinancialObligation: 0, totalDossierOnlinePaymentSuccess: 0 })).toBe(
      1.66,
    );
    expect(paymentScore({ ...base, totalFeeFormality: null })).toBeNull();
  });
});

describe('MDHL (satisfaction)', () => {
  it('scores receiving satisfaction against the 0.9 target, petitions 6 × r', () => {
    const metrics = [
      m('DOSSIER_RECEIVING_SATISFACTION', 81, 100), // 6 × 0.81 / 0.9 = 5.4
      m('PETITION_PROCESSING_ON_TIME', 3, 4), // 4.5
      m('PETITION_HANDLING_SATISFACTION', 1, 2), // 3
      m('PETITION_CLASSIFIED', 5, 10), // 0 points
    ];
    expect(scoreMetrics(SATISFACTION_RULES, metrics).map((s) => s.score)).toEqual([5.4, 4.5, 3]);
    expect(metricGroupScore(SATISFACTION_RULES, metrics)).toBe(12.9);
  });
  it('caps receiving satisfaction at 6 above 90%', () => {
    expect(metricGroupScore(SATISFACTION_RULES, [m('DOSSIER_RECEIVING_SATISFACTION', 95, 100)])).toBe(6);
  });
  it('gives 0 with no dossiers and 6 with no petitions', () => {
    const metrics = [
      m('DOSSIER_RECEIVING_SATISFACTION', 0, 0),
      m('PETITION_PROCESSING_ON_TIME', 0, 0),
      m('PETITION_HANDLING_SATISFACTION', null, 0),
    ];
    expect(scoreMetrics(SATISFACTION_RULES, metrics).map((s) => s.score)).toEqual([0, 6, 6]);
    expect(metricGroupScore(SATISFACTION_RULES, metrics)).toBe(12);
  });
  it('a null count gives no score', () => {
    expect(metricGroupScore(SATISFACTION_RULES, [m('PETITION_PROCESSING_ON_TIME', null, 5)])).toBeNull();
  });
  it('rounds at the second decimal', () => {
    // 6 × (2/3) / 0.9 = 4.444…
    expect(metricGroupScore(SATISFACTION_RULES, [m('DOSSIER_RECEIVING_SATISFACTION', 2, 3)])).toBe(4.44);
  });
});

describe('MDSH (digitisation): min(max, max·r), reuse against 0.8, each metric rounded first', () => {
  it('scores all seven metrics', () => {
    const metrics = [
      m('ORIGINAL_RESULT_AVAILABLE', 1, 2), // 3
      m('SO_HOA_GIAY_TO_GIAI_QUYET', 3, 4), // 3
      m('ELECTRONIC_CERTIFIED_COPY', 1, 4), // 0.5
      m('REUSED_DIGITIZED_DATA', 2, 5), // 2 × 0.4 / 0.8 = 1
      m('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 1, 1), // 4
      m('CITIZEN_DATA_CONNECTED_DOSSIER', 1, 2), // 1
      m('CITIZEN_DATA_CONNECTED_FORMALITY', 0, 9), // 0
    ];
    expect(scoreMetrics(DIGITISATION_RULES, metrics).map((s) => s.score)).toEqual([3, 3, 0.5, 1, 4, 1, 0]);
    expect(metricGroupScore(DIGITISATION_RULES, metrics)).toBe(12.5);
  });
  it('caps reuse at 2 points from 80% and a ratio above 1 at the maximum', () => {
    expect(metricGroupScore(DIGITISATION_RULES, [m('REUSED_DIGITIZED_DATA', 9, 10)])).toBe(2);
    expect(metricGroupScore(DIGITISATION_RULES, [m('ELECTRONIC_CERTIFIED_COPY', 12, 10)])).toBe(2);
  });
  it('rounds each metric before adding (0.67 + 0.67 = 1.34, not 1.33)', () => {
    const metrics = [m('ELECTRONIC_CERTIFIED_COPY', 1, 3), m('CITIZEN_DATA_CONNECTED_DOSSIER', 1, 3)];
    expect(metricGroupScore(DIGITISATION_RULES, metrics)).toBe(1.34);
  });
  it('leaves out a metric with a zero denominator or a null count', () => {
    expect(
      metricGroupScore(DIGITISATION_RULES, [
        m('ORIGINAL_RESULT_AVAILABLE', 0, 0),
        m('ELECTRONIC_CERTIFIED_COPY', 1, 1),
      ]),
    ).toBe(2);
    expect(metricGroupScore(DIGITISATION_RULES, [m('ORIGINAL_RESULT_AVAILABLE', null, 5)])).toBeNull();
  });
});

describe('total and ranking', () => {
  it('sums the groups, leaving nulls out, never 0', () => {
    expect(totalScore([10, null, 5.255, 2])).toBe(17.26);
    expect(totalScore([null, null])).toBeNull();
  });
  it('ranks by competition: ties share, the next rank skips', () => {
    const totals = [90, 80, 80, 70, null, 95.001];
    expect(competitionRanks(totals, (t) => t)).toEqual([2, 3, 3, 5, null, 1]);
    // 5, 5, 7: two units tied in fifth place
    const seven = [99, 98, 97, 96, 50, 50, 40];
    expect(competitionRanks(seven, (t) => t)).toEqual([1, 2, 3, 4, 5, 5, 7]);
  });
  it('compares totals as shown, at two decimals', () => {
    expect(competitionRanks([80.004, 80.001], (t) => t)).toEqual([1, 1]);
  });
});
