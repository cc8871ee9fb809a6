import { defineFigures } from './definition.js';

/** Figures of the CCHC initiatives (sáng kiến) the units propose and the council recognises. */
export const initiativeFigures = defineFigures([
  {
    key: 'initiatives.recognised_count',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số sáng kiến CCHC được công nhận', en: 'CCHC initiatives recognised' },
    definition: {
      vi: 'Số sáng kiến về CCHC của đơn vị được Hội đồng công nhận, theo ngày quyết định trong kỳ.',
      en: 'The unit’s CCHC initiatives the council recognised, by decision date in the period.',
    },
    words: ['sáng kiến', 'sáng kiến cải cách hành chính', 'sáng kiến hoặc giải pháp mới'],
  },
  {
    key: 'initiatives.applied_count',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số sáng kiến được đơn vị áp dụng', en: 'Initiatives applied by the unit' },
    definition: {
      vi: 'Số sáng kiến đã được công nhận của đơn vị khác mà đơn vị ghi nhận áp dụng, theo ngày áp dụng trong kỳ.',
      en: 'Recognised initiatives of other units that the unit recorded applying, by date applied in the period.',
    },
    words: ['áp dụng sáng kiến', 'nhân rộng sáng kiến'],
  },
]);
