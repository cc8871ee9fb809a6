/**
 * The national indices tracker's facts (PAR INDEX, SIPAS, PAPI, PCI, DTI, …): a province's published result of
 * an index for a year, its areas or sub-indices with their maxima. Pure types; rows live in db/schema/indices.ts.
 */

/** An area or sub-index an index usually publishes, with its maximum (null: no fixed maximum). */
export interface IndexArea {
  code: string;
  name: string;
  maxPoints: number | null;
  /** The enclosing area's code, for a part of an area ("8.1" SIPAS inside area 8). */
  parent?: string | null;
}

/** An area's published figures for one province and year. */
export interface AreaResult extends IndexArea {
  score: number | null;
  /** The percentage the document prints beside the score, if it does. */
  percent?: number | null;
  selfPoints?: number | null;
  selfMax?: number | null;
  surveyPoints?: number | null;
  surveyMax?: number | null;
}

/** A figure the document states as the sum of other figures ("Khảo sát lãnh đạo, quản lý 18,51/22"). */
export interface DeclaredIndexSum {
  label: string;
  points: number;
  maxPoints?: number | null;
  parts: { code: string; part: 'points' | 'self' | 'survey' }[];
}

export interface IndexResultFacts {
  id: string;
  indexCode: string;
  year: number;
  province: string;
  /** How the province is shown ("Vĩnh Phúc (trước sáp nhập)"); the name when empty. */
  label: string;
  own: boolean;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  areas: AreaResult[];
  declaredSums?: DeclaredIndexSum[];
}

export const shownName = (r: Pick<IndexResultFacts, 'label' | 'province'>) => r.label || r.province;

/** Rounded at the thousandth, so 9,5 − 8,82 is 0,68 and not 0,6799999. */
export const roundPoints = (x: number) => Math.round(x * 1000) / 1000;
