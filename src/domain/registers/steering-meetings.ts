/** Ban Chỉ đạo CCHC: its meetings, their minutes and the commitments made there (followed as follow-up items). */
import { countOrNone, datedIn, defineRegister, followUpsOnTime } from './kit.js';

export const steeringMeetings = defineRegister({
  key: 'steering-meetings',
  name: { vi: 'Họp Ban Chỉ đạo CCHC', en: 'Steering committee meetings' },
  entryName: { vi: 'cuộc họp', en: 'meeting' },
  ownerLabel: 'Cơ quan chủ trì',
  fields: {
    heldOn: { kind: 'date', label: 'Ngày họp', required: true },
    title: { kind: 'text', label: 'Nội dung cuộc họp', required: true },
    chair: { kind: 'text', label: 'Người chủ trì', required: true },
    attendees: { kind: 'number', label: 'Số người dự', integer: true },
    conclusions: { kind: 'text', label: 'Kết luận chính', multiline: true },
    minutes: { kind: 'file', label: 'Biên bản / thông báo kết luận' },
  },
  titleField: 'title',
  dateField: 'heldOn',
  columns: ['heldOn', 'title', 'chair', 'minutes'],
  filters: [],
  followUps: { label: 'Nhiệm vụ được giao tại cuộc họp' },
  figures: [
    {
      key: 'registers.steering_meetings',
      kind: 'count',
      name: { vi: 'Cuộc họp Ban Chỉ đạo CCHC', en: 'Steering committee meetings held' },
      definition: {
        vi: 'Số cuộc họp Ban Chỉ đạo CCHC đã tổ chức trong kỳ (sổ họp Ban Chỉ đạo).',
        en: 'Steering committee meetings held in the period.',
      },
      unit: 'items',
      words: ['họp ban chỉ đạo', 'cuộc họp ban chỉ đạo', 'phiên họp ban chỉ đạo'],
      compute: (input) => countOrNone(datedIn(input, 'heldOn').length, input),
    },
    {
      key: 'registers.steering_commitments_on_time_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ nhiệm vụ Ban Chỉ đạo giao hoàn thành đúng hạn', en: 'Steering commitments closed on time' },
      definition: {
        vi: 'Nhiệm vụ giao tại cuộc họp Ban Chỉ đạo đến hạn trong kỳ đã hoàn thành không muộn hơn hạn / nhiệm vụ đến hạn.',
        en: 'Commitments due in the period closed by their due date / commitments due.',
      },
      unit: 'percent',
      words: ['nhiệm vụ ban chỉ đạo giao', 'kết luận ban chỉ đạo'],
      compute: followUpsOnTime,
    },
  ],
});
