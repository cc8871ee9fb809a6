import { endpoints } from '../../contracts/endpoints/index.js';
import { exportNationalReport } from '../../services/national/export-national-report.js';
import { getNationalFigures } from '../../services/national/get-national-figures.js';
import { handle } from '../route.js';

export const nationalRoutes = [
  handle(endpoints.getNationalFigures, ({ query }, ctx) => getNationalFigures(ctx, query)),
  handle(endpoints.exportNationalReport, ({ query }, ctx) => exportNationalReport(ctx, query)),
];
