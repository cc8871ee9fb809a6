import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { saveCalendarYearRequest } from '../../../src/contracts/working-calendar.js';
import { call } from './client.js';

export const calendarYearKey = (year: number) => ['working-calendar', year] as const;

export const calendarYearQuery = (year: number) =>
  queryOptions({
    queryKey: calendarYearKey(year),
    queryFn: () => call(endpoints.getCalendarYear, { params: { year } }),
  });

export const saveCalendarYear = (year: number, body: z.input<typeof saveCalendarYearRequest>) =>
  call(endpoints.saveCalendarYear, { params: { year }, body }, { notify: false });
