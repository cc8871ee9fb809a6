import { defineFigures } from './definition.js';

/** Figures of citizen feedback (phản ánh, kiến nghị): by the unit the items are assigned to. */
export const feedbackFigures = defineFigures([
  {
    key: 'feedback.on_time_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Citizen feedback handled on time' },
    definition: {
      vi: 'Phản ánh, kiến nghị đến hạn trong kỳ (15 ngày làm việc từ ngày nhận) đã trả lời không muộn hơn hạn / phản ánh, kiến nghị đến hạn.',
      en: 'Feedback items due in the period (15 working days from receipt) answered by their due date / items due.',
    },
    words: [
      'phản ánh, kiến nghị',
      'phản ánh kiến nghị',
      'xử lý phản ánh',
      'xử lý dứt điểm',
      'phản ánh, kiến nghị của người dân',
    ],
  },
  {
    key: 'feedback.published_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ trả lời phản ánh, kiến nghị được công khai', en: 'Feedback answers published' },
    definition: {
      vi: 'Phản ánh, kiến nghị đã trả lời trong kỳ có câu trả lời được công khai / phản ánh, kiến nghị đã trả lời.',
      en: 'Feedback items answered in the period whose answer was published / items answered.',
    },
    words: ['công khai kết quả trả lời', 'công khai trả lời phản ánh', 'công khai kết quả xử lý phản ánh'],
  },
]);
