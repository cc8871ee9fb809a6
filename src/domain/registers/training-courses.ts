/** Training courses on administrative reform (tập huấn, đào tạo, bồi dưỡng): dates, topic, level, participants. */
import { countOrNone, datedIn, defineRegister } from './kit.js';

export const trainingCourses = defineRegister({
  key: 'training-courses',
  name: { vi: 'Tập huấn, bồi dưỡng CCHC', en: 'Training courses' },
  entryName: { vi: 'lớp tập huấn', en: 'training course' },
  ownerLabel: 'Đơn vị tổ chức',
  fields: {
    startOn: { kind: 'date', label: 'Ngày bắt đầu', required: true },
    endOn: { kind: 'date', label: 'Ngày kết thúc' },
    topic: { kind: 'text', label: 'Chủ đề', required: true },
    form: {
      kind: 'choice',
      label: 'Hình thức',
      required: true,
      choices: [
        { value: 'training', label: 'Tập huấn' },
        { value: 'course', label: 'Đào tạo, bồi dưỡng' },
        { value: 'study_visit', label: 'Học tập kinh nghiệm' },
      ],
    },
    level: {
      kind: 'choice',
      label: 'Cấp tổ chức',
      required: true,
      choices: [
        { value: 'province', label: 'Cấp tỉnh' },
        { value: 'department', label: 'Cấp sở, ngành' },
        { value: 'commune', label: 'Cấp xã' },
      ],
    },
    participants: { kind: 'number', label: 'Số người tham dự', integer: true, required: true, max: 100000 },
    attendanceList: { kind: 'file', label: 'Danh sách học viên / kế hoạch lớp' },
  },
  titleField: 'topic',
  dateField: 'startOn',
  columns: ['startOn', 'topic', 'form', 'level', 'participants'],
  filters: ['form', 'level'],
  figures: [
    {
      key: 'registers.training_courses',
      kind: 'count',
      name: { vi: 'Lớp tập huấn, bồi dưỡng CCHC', en: 'Training courses held' },
      definition: {
        vi: 'Số lớp tập huấn, đào tạo, bồi dưỡng về CCHC bắt đầu trong kỳ.',
        en: 'Training courses on administrative reform starting in the period.',
      },
      unit: 'items',
      words: ['cuộc tập huấn', 'lớp tập huấn', 'lớp bồi dưỡng', 'cuộc đào tạo'],
      compute: (input) => countOrNone(datedIn(input, 'startOn').length, input),
    },
    {
      key: 'registers.training_participants',
      kind: 'count',
      name: { vi: 'Lượt người được tập huấn CCHC', en: 'Training participants' },
      definition: {
        vi: 'Tổng số người tham dự các lớp tập huấn, bồi dưỡng CCHC bắt đầu trong kỳ.',
        en: 'Participants of the training courses starting in the period.',
      },
      unit: 'items',
      words: ['lượt người tập huấn', 'người được tập huấn', 'lượt cán bộ được bồi dưỡng'],
      compute: (input) =>
        countOrNone(
          datedIn(input, 'startOn').reduce((sum, e) => sum + (Number(e.fields.participants) || 0), 0),
          input,
        ),
    },
  ],
});
