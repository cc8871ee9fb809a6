import { defineFigures } from './definition.js';

/** Figures of the units' own CCHC plans, issued under the province's plan of the year. */
export const unitPlanFigures = defineFigures([
  {
    key: 'unit_plans.issued_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ cơ quan, đơn vị ban hành kế hoạch CCHC', en: 'Units that issued their CCHC plan' },
    definition: {
      vi: 'Số cơ quan, đơn vị đã ban hành kế hoạch CCHC năm của mình, trên số cơ quan, đơn vị phải ban hành đã đến hạn (hoặc đã ban hành) trong kỳ.',
      en: 'Units that issued their own yearly CCHC plan, over the units owing one whose deadline has passed (or that issued it) in the period.',
    },
    words: ['ban hành kế hoạch', 'ban hành kế hoạch cải cách hành chính', 'ban hành kế hoạch CCHC'],
  },
  {
    key: 'unit_plans.on_time_rate',
    kind: 'rate',
    unit: 'percent',
    name: {
      vi: 'Tỷ lệ cơ quan, đơn vị ban hành kế hoạch CCHC đúng hạn',
      en: 'Units that issued their CCHC plan on time',
    },
    definition: {
      vi: 'Số cơ quan, đơn vị ban hành kế hoạch CCHC không muộn hơn hạn của cấp mình, trên số cơ quan, đơn vị phải ban hành đã đến hạn (hoặc đã ban hành) trong kỳ.',
      en: 'Units that issued their CCHC plan by their level’s deadline, over the units owing one whose deadline has passed (or that issued it) in the period.',
    },
    words: ['ban hành kế hoạch đúng hạn', 'ban hành kế hoạch đúng thời hạn'],
  },
]);
