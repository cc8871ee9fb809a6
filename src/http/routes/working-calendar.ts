import { endpoints } from '../../contracts/endpoints/index.js';
import { getCalendarYear } from '../../services/working-calendar/get-calendar-year.js';
import { saveCalendarYear } from '../../services/working-calendar/save-calendar-year.js';
import { handle } from '../route.js';

export const workingCalendarRoutes = [
  handle(endpoints.getCalendarYear, ({ params }, ctx) => getCalendarYear(ctx, params.year)),
  handle(endpoints.saveCalendarYear, ({ params, body }, ctx) => saveCalendarYear(ctx, params.year, body)),
];
