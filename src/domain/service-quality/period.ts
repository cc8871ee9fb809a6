/** The period a portal answer covers, as the operator names it: a year, a quarter or a month. */
import { AppError } from '../errors.js';

export interface FigurePeriod {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (month 1–12), via day 0 of the next. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function readFigurePeriod(text: string): FigurePeriod {
  const trimmed = text.trim();
  const year = /^(\d{4})$/.exec(trimmed);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(trimmed);
  if (quarter) {
    const y = Number(quarter[1]);
    const last = Number(quarter[2]) * 3;
    return { from: `${y}-${pad(last - 2)}-01`, to: `${y}-${pad(last)}-${pad(lastDay(y, last))}` };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m >= 1 && m <= 12) return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  throw new AppError('SERVICE_FIGURES_PERIOD', { text });
}
