/**
 * Kiểm tra công tác CCHC: one inspection of a unit (the entry's owner is the unit inspected; the coordinators
 * record it, or the district over a commune), its minutes and conclusion, the findings by the eight areas, and the remediation items
 * (follow-ups owed by the unit, each with a due date, reported fixed with evidence and reviewed by a coordinator).
 * The year's plan (which units, when, by whom) is in domain/inspections/.
 */
import { INITIATIVE_AREAS } from '../initiatives/initiatives.js';
import { datedIn, defineRegister, followUpsOnTime, type FieldSpec, type FigureInput } from './kit.js';

/** The findings, one field per CCHC area (`findings1` … `findings8`). */
const findings = Object.fromEntries(
  INITIATIVE_AREAS.map((area, i) => [
    `findings${i + 1}`,
    { kind: 'text', label: `Kết quả kiểm tra: ${area}`, multiline: true } satisfies FieldSpec,
  ]),
) as Record<`findings${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, FieldSpec>;

const inspectedIn = (input: FigureInput) => datedIn(input, 'inspectedOn').length > 0;

export const inspections = defineRegister({
  key: 'inspections',
  name: { vi: 'Kiểm tra công tác CCHC', en: 'Administrative reform inspections' },
  entryName: { vi: 'cuộc kiểm tra', en: 'inspection' },
  ownerLabel: 'Đơn vị được kiểm tra',
  coordinatorRecords: true,
  // A district inspects its own communes with the same screens.
  supervisorsRecord: true,
  fields: {
    inspectedOn: { kind: 'date', label: 'Ngày kiểm tra', required: true },
    kind: {
      kind: 'choice',
      label: 'Hình thức',
      required: true,
      choices: [
        { value: 'planned', label: 'Theo kế hoạch' },
        { value: 'unannounced', label: 'Đột xuất (kỷ luật, kỷ cương)' },
      ],
    },
    team: {
      kind: 'text',
      label: 'Đoàn kiểm tra',
      multiline: true,
      hint: 'Trưởng đoàn và thành viên, đơn vị công tác.',
    },
    ...findings,
    conclusion: { kind: 'text', label: 'Kết luận kiểm tra', multiline: true },
    minutes: { kind: 'file', label: 'Biên bản kiểm tra' },
    conclusionFile: { kind: 'file', label: 'Thông báo kết luận kiểm tra' },
  },
  titleField: 'inspectedOn',
  dateField: 'inspectedOn',
  columns: ['inspectedOn', 'kind', 'minutes', 'conclusionFile'],
  filters: ['kind'],
  followUps: { label: 'Nội dung yêu cầu khắc phục', review: true },
  figures: [
    {
      key: 'registers.inspected_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ cơ quan, đơn vị được kiểm tra công tác CCHC', en: 'Share of units inspected' },
      definition: {
        vi: 'Cơ quan, đơn vị được kiểm tra công tác CCHC trong kỳ / cơ quan, đơn vị của cấp (sổ kiểm tra).',
        en: 'Units inspected in the period / units of the level (inspection register).',
      },
      unit: 'percent',
      words: ['kiểm tra công tác cải cách hành chính', 'kiểm tra công tác cchc', 'được kiểm tra'],
      // Every unit of the level is in the denominator: one not inspected counts 0 of 1 (the period has begun).
      compute: (input) => ({ numerator: inspectedIn(input) ? 1 : 0, denominator: 1 }),
    },
    {
      key: 'registers.remediation_on_time_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ nội dung khắc phục sau kiểm tra hoàn thành đúng hạn', en: 'Remediation items closed on time' },
      definition: {
        vi: 'Nội dung yêu cầu khắc phục đến hạn trong kỳ được chấp nhận đã khắc phục, báo cáo không muộn hơn hạn / nội dung đến hạn.',
        en: 'Remediation items due in the period reported fixed (and accepted) by their due date / items due.',
      },
      unit: 'percent',
      words: ['khắc phục đúng hạn', 'khắc phục tồn tại', 'hạn chế sau kiểm tra'],
      compute: followUpsOnTime,
    },
    {
      key: 'registers.remediation_reported_rate',
      kind: 'rate',
      name: {
        vi: 'Tỷ lệ cơ quan, đơn vị được kiểm tra có báo cáo khắc phục',
        en: 'Inspected units with a remediation report',
      },
      definition: {
        vi: 'Cơ quan, đơn vị được kiểm tra trong kỳ có yêu cầu khắc phục đã gửi báo cáo khắc phục / cơ quan, đơn vị được kiểm tra có yêu cầu khắc phục.',
        en: 'Units inspected in the period with remediation items that reported on them / such units.',
      },
      unit: 'percent',
      words: ['báo cáo khắc phục', 'có báo cáo khắc phục'],
      compute: (input) => {
        const items = input.followUps.filter((f) => f.status !== 'cancelled');
        if (!inspectedIn(input) || items.length === 0) return null;
        const reported = items.some((f) => f.status === 'done' || f.reportedOn !== null);
        return { numerator: reported ? 1 : 0, denominator: 1 };
      },
    },
  ],
});
