/**
 * Đối thoại của lãnh đạo với người dân, doanh nghiệp: date, leader, participants, topics; each proposal raised is a
 * follow-up item owed by a unit with a due date, followed to its answer.
 */
import { countOrNone, datedIn, defineRegister, followUpsClosed } from './kit.js';

export const dialogues = defineRegister({
  key: 'dialogues',
  name: { vi: 'Đối thoại với người dân, doanh nghiệp', en: 'Dialogues with citizens and businesses' },
  entryName: { vi: 'cuộc đối thoại', en: 'dialogue' },
  ownerLabel: 'Đơn vị tổ chức',
  fields: {
    heldOn: { kind: 'date', label: 'Ngày đối thoại', required: true },
    leader: { kind: 'text', label: 'Lãnh đạo chủ trì', required: true },
    audience: {
      kind: 'choice',
      label: 'Đối tượng',
      required: true,
      choices: [
        { value: 'citizens', label: 'Người dân' },
        { value: 'businesses', label: 'Doanh nghiệp' },
        { value: 'both', label: 'Người dân và doanh nghiệp' },
      ],
    },
    participants: { kind: 'number', label: 'Số người tham dự', integer: true, max: 100000 },
    topics: { kind: 'text', label: 'Chủ đề đối thoại', required: true, multiline: true },
    minutes: { kind: 'file', label: 'Biên bản / thông báo kết luận' },
  },
  titleField: 'topics',
  dateField: 'heldOn',
  columns: ['heldOn', 'leader', 'audience', 'participants', 'topics'],
  filters: ['audience'],
  followUps: { label: 'Đề xuất, kiến nghị cần xử lý' },
  figures: [
    {
      key: 'registers.dialogues',
      kind: 'count',
      name: { vi: 'Cuộc đối thoại với người dân, doanh nghiệp', en: 'Dialogues held' },
      definition: {
        vi: 'Số cuộc đối thoại của lãnh đạo với người dân, doanh nghiệp đã tổ chức trong kỳ.',
        en: 'Dialogues of leaders with citizens and businesses held in the period.',
      },
      unit: 'items',
      words: ['cuộc đối thoại', 'đối thoại với người dân', 'đối thoại với doanh nghiệp', 'tổ chức đối thoại'],
      compute: (input) => countOrNone(datedIn(input, 'heldOn').length, input),
    },
    {
      key: 'registers.dialogue_proposals_handled_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ đề xuất tại đối thoại được xử lý', en: 'Dialogue proposals handled' },
      definition: {
        vi: 'Đề xuất, kiến nghị nêu tại đối thoại đến hạn trong kỳ đã được xử lý, trả lời / đề xuất đến hạn.',
        en: 'Proposals raised at dialogues due in the period that were answered / proposals due.',
      },
      unit: 'percent',
      words: ['xử lý đề xuất', 'đề xuất tại đối thoại', 'kiến nghị tại đối thoại', 'xử lý 100% đề xuất'],
      compute: followUpsClosed,
    },
  ],
});
