import { endpoint } from '../endpoint.js';
import { calendarYearParams, calendarYearView, saveCalendarYearRequest } from '../working-calendar.js';

const tag = 'working-calendar';

/** The working calendar (ngày nghỉ lễ, Tết and days worked in exchange) that legal answer times are counted in. */
export const workingCalendarEndpoints = {
  getCalendarYear: endpoint({
    method: 'get',
    path: '/working-calendar/:year',
    summary: 'Lịch làm việc của một năm: ngày nghỉ lễ, Tết và ngày làm bù (tính hạn xử lý theo ngày làm việc)',
    tag,
    access: 'signed-in',
    action: 'calendar.read',
    params: calendarYearParams,
    response: calendarYearView,
  }),
  saveCalendarYear: endpoint({
    method: 'put',
    path: '/working-calendar/:year',
    summary: 'Sửa lịch làm việc của một năm (hạn của phản ánh đã nhận giữ nguyên)',
    tag,
    access: 'signed-in',
    action: 'calendar.manage',
    params: calendarYearParams,
    body: saveCalendarYearRequest,
    response: calendarYearView,
  }),
};
