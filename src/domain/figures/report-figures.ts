import { defineFigures } from './definition.js';

/** Figures of the units' periodic reports. */
export const reportFigures = defineFigures([
  {
    key: 'reports.on_time_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ báo cáo gửi đúng hạn', en: 'Reports submitted on time' },
    definition: {
      vi: 'Số báo cáo định kỳ đơn vị gửi lần đầu không muộn hơn hạn gửi của kỳ, trên số báo cáo phải gửi có hạn trong kỳ.',
      en: 'Periodic reports first submitted by the period deadline, over the reports due in the period.',
    },
    words: ['báo cáo đúng hạn', 'báo cáo đúng thời hạn', 'chế độ báo cáo định kỳ'],
  },
  {
    key: 'reports.submitted_count',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số báo cáo đã gửi', en: 'Reports submitted' },
    definition: {
      vi: 'Số báo cáo định kỳ có hạn trong kỳ mà đơn vị đã gửi (đúng hạn hoặc muộn).',
      en: 'Periodic reports due in the period that the unit has submitted (on time or late).',
    },
  },
]);
