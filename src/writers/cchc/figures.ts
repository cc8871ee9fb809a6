import { formatNumberVi } from '../../domain/text/format.js';

/** "86,44%" from 0.8644; "—" without a value. */
export const percentText = (rate: number | null): string => (rate === null ? '—' : `${formatNumberVi(rate * 100, 2)}%`);

/** "12/40" style counts of a whole. */
export const ofText = (part: number, whole: number): string => `${formatNumberVi(part)}/${formatNumberVi(whole)}`;
