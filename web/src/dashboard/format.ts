import { formatNumberVi } from '../i18n/format.js';

/** A mean progress (0..100) as "42,5%"; "—" when there is no work to average. */
export const formatProgress = (value: number | null, none: string): string =>
  value === null ? none : `${formatNumberVi(value, 1)}%`;
