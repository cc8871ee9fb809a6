/**
 * The service-quality figures computed from dossiers (QĐ 766/QĐ-TTg), pure: from the period's sums per unit to
 * figure values. A figure over several units adds numerators and denominators first (Σnum / Σden), so a commune
 * with 3 dossiers weighs 3 and a department with 30 000 weighs 30 000; a zero denominator gives no value (null),
 * never 0.
 */

/** A unit's dossiers received in a period, judged on the period's last day. */
export interface DossierSums {
  received: number;
  /** Ended by the last day, on or before their due instant. */
  endedOnTime: number;
  ended: number;
  /** Not ended on the last day. */
  inProcess: number;
  /** In process on the last day with their due day already past. */
  overdue: number;
  lateApology: number;
  online: number;
  inPerson: number;
  postal: number;
  feeBearing: number;
  paidOnline: number;
  digitised: number;
}

export const EMPTY_SUMS: DossierSums = {
  received: 0,
  endedOnTime: 0,
  ended: 0,
  inProcess: 0,
  overdue: 0,
  lateApology: 0,
  online: 0,
  inPerson: 0,
  postal: 0,
  feeBearing: 0,
  paidOnline: 0,
  digitised: 0,
};

export function addSums(a: DossierSums, b: DossierSums): DossierSums {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof DossierSums)[]) out[key] += b[key];
  return out;
}

/** On time: ended by its due instant, or still in process on the last day and not yet due. */
export const onTimeOf = (s: DossierSums) => s.endedOnTime + (s.inProcess - s.overdue);
export const lateOf = (s: DossierSums) => s.received - onTimeOf(s);

/** QĐ 766 "Tiến độ giải quyết" (TDGQ): 20 × onTime / received, two decimals; no dossiers, no score. */
export const TDGQ_MAX = 20;
export function tdgqScore(onTime: number, received: number): number | null {
  if (received === 0) return null;
  return Math.round(((TDGQ_MAX * onTime) / received) * 100) / 100;
}

export type DossierFigureKey =
  | 'dossiers.received'
  | 'dossiers.on_time'
  | 'dossiers.late'
  | 'dossiers.in_process'
  | 'dossiers.overdue'
  | 'dossiers.online'
  | 'dossiers.in_person'
  | 'dossiers.by_post'
  | 'dossiers.fee_bearing'
  | 'dossiers.on_time_rate'
  | 'dossiers.online_rate'
  | 'dossiers.paid_online_rate'
  | 'dossiers.digitised_rate'
  | 'dossiers.late_with_apology_rate'
  | 'dossiers.tdgq_score';

export interface FigureParts {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

const count = (n: number): FigureParts => ({ numerator: n, denominator: null, value: n });
/** A share in percent, two decimals; null when nothing was counted. */
const rate = (numerator: number, denominator: number): FigureParts => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100,
});

/** Each figure from the sums: the one place the formulas live. */
export const DOSSIER_FORMULAS: Record<DossierFigureKey, (s: DossierSums) => FigureParts> = {
  'dossiers.received': (s) => count(s.received),
  'dossiers.on_time': (s) => count(onTimeOf(s)),
  'dossiers.late': (s) => count(lateOf(s)),
  'dossiers.in_process': (s) => count(s.inProcess),
  'dossiers.overdue': (s) => count(s.overdue),
  'dossiers.online': (s) => count(s.online),
  'dossiers.in_person': (s) => count(s.inPerson),
  'dossiers.by_post': (s) => count(s.postal),
  'dossiers.fee_bearing': (s) => count(s.feeBearing),
  'dossiers.on_time_rate': (s) => rate(onTimeOf(s), s.received),
  'dossiers.online_rate': (s) => rate(s.online, s.received),
  'dossiers.paid_online_rate': (s) => rate(s.paidOnline, s.feeBearing),
  'dossiers.digitised_rate': (s) => rate(s.digitised, s.received),
  'dossiers.late_with_apology_rate': (s) => rate(Math.min(s.lateApology, lateOf(s)), lateOf(s)),
  'dossiers.tdgq_score': (s) => ({
    numerator: onTimeOf(s),
    denominator: s.received,
    value: tdgqScore(onTimeOf(s), s.received),
  }),
};

export const DOSSIER_FIGURE_KEYS = Object.keys(DOSSIER_FORMULAS) as DossierFigureKey[];
export const isDossierFigureKey = (key: string): key is DossierFigureKey => key in DOSSIER_FORMULAS;
