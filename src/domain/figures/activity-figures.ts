import { defineFigures } from './definition.js';

/** Figures of the plan's activities, from the units' lead assignments. */
export const activityFigures = defineFigures([
  {
    key: 'activities.on_time_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', en: 'Activities completed on time' },
    definition: {
      vi: 'Số nhiệm vụ đơn vị chủ trì hoàn thành trong hạn (ngày hoàn thành không sau hạn) trên số nhiệm vụ đến hạn trong kỳ.',
      en: 'Lead assignments completed on or before their due date, over the lead assignments due in the period.',
    },
    words: ['nhiệm vụ hoàn thành đúng hạn', 'hoạt động hoàn thành đúng hạn', 'kế hoạch cải cách hành chính đúng hạn'],
  },
  {
    key: 'activities.completion_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ nhiệm vụ đã hoàn thành', en: 'Activities completed' },
    definition: {
      vi: 'Số nhiệm vụ đơn vị chủ trì đã hoàn thành (đúng hạn hoặc trễ hạn) trên số nhiệm vụ đến hạn trong kỳ.',
      en: 'Lead assignments completed (on time or late), over the lead assignments due in the period.',
    },
    words: ['hoàn thành kế hoạch cải cách hành chính', 'nhiệm vụ được giao hoàn thành'],
  },
  {
    key: 'activities.overdue_count',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số nhiệm vụ quá hạn chưa hoàn thành', en: 'Overdue activities' },
    definition: {
      vi: 'Số nhiệm vụ đơn vị chủ trì đến hạn trong kỳ mà chưa hoàn thành.',
      en: 'Lead assignments due in the period and not completed.',
    },
  },
]);
