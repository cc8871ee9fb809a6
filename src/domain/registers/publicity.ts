/** Publicity of administrative reform (tuyên truyền): articles, broadcasts, portal news, contests, by channel. */
import { countOrNone, datedIn, defineRegister, type FigureInput } from './kit.js';

const CHANNELS = [
  { value: 'press', label: 'Báo in, báo điện tử' },
  { value: 'broadcast', label: 'Phát thanh, truyền hình' },
  { value: 'portal', label: 'Cổng, trang thông tin điện tử' },
  { value: 'contest', label: 'Cuộc thi' },
  { value: 'social', label: 'Mạng xã hội' },
  { value: 'other', label: 'Hình thức khác' },
] as const;

const ofChannel = (input: FigureInput, channel: string) =>
  countOrNone(datedIn(input, 'publishedOn').filter((e) => e.fields.channel === channel).length, input);

export const publicity = defineRegister({
  key: 'publicity',
  name: { vi: 'Tuyên truyền CCHC', en: 'Publicity' },
  entryName: { vi: 'tin, bài, hoạt động tuyên truyền', en: 'publicity item' },
  ownerLabel: 'Đơn vị thực hiện',
  fields: {
    publishedOn: { kind: 'date', label: 'Ngày đăng / phát sóng', required: true },
    channel: { kind: 'choice', label: 'Kênh', required: true, choices: CHANNELS },
    title: { kind: 'text', label: 'Tiêu đề', required: true },
    outlet: { kind: 'text', label: 'Cơ quan báo chí / chuyên mục' },
    link: { kind: 'text', label: 'Đường dẫn', url: true },
    attachment: { kind: 'file', label: 'Tệp đính kèm' },
  },
  titleField: 'title',
  dateField: 'publishedOn',
  columns: ['publishedOn', 'channel', 'title', 'outlet'],
  filters: ['channel'],
  figures: [
    {
      key: 'registers.publicity_items',
      kind: 'count',
      name: { vi: 'Tin, bài, hoạt động tuyên truyền CCHC', en: 'Publicity items' },
      definition: {
        vi: 'Số tin, bài, chương trình, cuộc thi tuyên truyền CCHC trong kỳ (mọi kênh).',
        en: 'Publicity items of the period, all channels.',
      },
      unit: 'items',
      words: ['tin bài tuyên truyền', 'tin, bài tuyên truyền', 'hoạt động tuyên truyền'],
      compute: (input) => countOrNone(datedIn(input, 'publishedOn').length, input),
    },
    {
      key: 'registers.publicity_press',
      kind: 'count',
      name: { vi: 'Tin, bài CCHC trên báo', en: 'Publicity items in the press' },
      definition: { vi: 'Số tin, bài CCHC trên báo in, báo điện tử trong kỳ.', en: 'Press items of the period.' },
      unit: 'items',
      compute: (input) => ofChannel(input, 'press'),
    },
    {
      key: 'registers.publicity_broadcast',
      kind: 'count',
      name: { vi: 'Chương trình, phóng sự CCHC trên phát thanh, truyền hình', en: 'Radio and TV items' },
      definition: { vi: 'Số chương trình, phóng sự CCHC phát sóng trong kỳ.', en: 'Radio and TV items of the period.' },
      unit: 'items',
      words: ['phóng sự', 'chuyên mục phát thanh', 'chương trình truyền hình'],
      compute: (input) => ofChannel(input, 'broadcast'),
    },
    {
      key: 'registers.publicity_portal',
      kind: 'count',
      name: { vi: 'Tin, bài CCHC trên cổng thông tin điện tử', en: 'Portal items' },
      definition: {
        vi: 'Số tin, bài CCHC trên cổng, trang thông tin điện tử trong kỳ.',
        en: 'Portal items of the period.',
      },
      unit: 'items',
      compute: (input) => ofChannel(input, 'portal'),
    },
    {
      key: 'registers.publicity_contests',
      kind: 'count',
      name: { vi: 'Cuộc thi tìm hiểu về CCHC', en: 'Contests on administrative reform' },
      definition: { vi: 'Số cuộc thi tìm hiểu về CCHC tổ chức trong kỳ.', en: 'Contests held in the period.' },
      unit: 'items',
      words: ['cuộc thi tìm hiểu', 'hội thi'],
      compute: (input) => ofChannel(input, 'contest'),
    },
  ],
});
