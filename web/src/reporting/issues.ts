import { serverIssues, type FieldErrors } from '../forms/validate.js';

export interface ReportIssues {
  /** Field errors of the i-th entry of a list ("items", "indicators"), by field name. */
  of: (list: 'items' | 'indicators', index: number) => FieldErrors;
}

/** The server's issues about a report ("items.3.progress") placed under the row and field they concern. */
export function reportIssues(details: unknown): ReportIssues {
  const byRow = new Map<string, FieldErrors>();
  for (const { path, message } of serverIssues(details)) {
    const [list, index, field] = path.split('.');
    if (index === undefined) continue;
    const row = byRow.get(`${list}.${index}`) ?? {};
    row[field || '_row'] ??= message;
    byRow.set(`${list}.${index}`, row);
  }
  return { of: (list, index) => byRow.get(`${list}.${index}`) ?? {} };
}
