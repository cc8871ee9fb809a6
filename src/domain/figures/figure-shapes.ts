/**
 * The figure catalogue's shapes, as agreed for issue #11 (the catalogue itself, `catalogue.ts`, is built on
 * another branch; these mirror its `FigureDefinition` and `FigureValue` so the dossier figures compile alone —
 * at merge they are replaced by imports of the catalogue's own).
 */
export interface FigureDefinition {
  key: string;
  kind: 'rate' | 'count' | 'score';
  name: { vi: string; en: string };
  definition: { vi: string; en: string };
  unit?: string;
}

export interface FigureValue {
  key: string;
  /** Null: the figure over all the units asked for (Σ numerator / Σ denominator). */
  unitId: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: { label: string; link?: string };
}
