/** Each unit's quality management system (TCVN ISO 9001:2015, QĐ 19/2014, NĐ 101/2020): status, scope, audits. */
import { defineRegister, type FigureInput } from './kit.js';

/** The unit's one status entry (the register keeps one per unit). */
const statusOf = (input: FigureInput) => input.entries[0];
const maintains = (input: FigureInput) => statusOf(input)?.fields.status === 'maintaining';

export const iso9001 = defineRegister({
  key: 'iso-9001',
  name: { vi: 'Hệ thống quản lý chất lượng ISO 9001', en: 'ISO 9001 quality management' },
  entryName: { vi: 'tình trạng ISO 9001 của đơn vị', en: "unit's ISO 9001 status" },
  ownerLabel: 'Cơ quan, đơn vị',
  onePerUnit: true,
  fields: {
    status: {
      kind: 'choice',
      label: 'Tình trạng',
      required: true,
      choices: [
        { value: 'maintaining', label: 'Đang áp dụng, duy trì' },
        { value: 'building', label: 'Đang xây dựng' },
        { value: 'not_applied', label: 'Chưa áp dụng' },
      ],
    },
    scope: { kind: 'text', label: 'Phạm vi áp dụng', multiline: true },
    announcedOn: { kind: 'date', label: 'Ngày công bố / cấp giấy chứng nhận' },
    lastInternalAuditOn: { kind: 'date', label: 'Ngày đánh giá nội bộ gần nhất' },
    lastCheckOn: { kind: 'date', label: 'Ngày được kiểm tra gần nhất' },
    certificate: { kind: 'file', label: 'Quyết định công bố / giấy chứng nhận' },
  },
  titleField: 'status',
  dateField: null,
  columns: ['status', 'announcedOn', 'lastInternalAuditOn', 'lastCheckOn'],
  filters: ['status'],
  figures: [
    {
      key: 'registers.iso_maintaining_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ cơ quan, đơn vị duy trì ISO 9001', en: 'Share of units maintaining ISO 9001' },
      definition: {
        vi: 'Cơ quan, đơn vị đang áp dụng, duy trì hệ thống quản lý chất lượng ISO 9001 / cơ quan, đơn vị có trong sổ ISO.',
        en: 'Units maintaining an ISO 9001 system / units in the ISO register.',
      },
      unit: 'percent',
      words: ['duy trì iso', 'duy trì hệ thống quản lý chất lượng', 'áp dụng hệ thống quản lý chất lượng'],
      compute: (input) => (statusOf(input) ? { numerator: maintains(input) ? 1 : 0, denominator: 1 } : null),
    },
    {
      key: 'registers.iso_checked_rate',
      kind: 'rate',
      name: { vi: 'Tỷ lệ đơn vị áp dụng ISO 9001 được kiểm tra', en: 'Share of ISO 9001 units checked' },
      definition: {
        vi: 'Đơn vị duy trì ISO 9001 được kiểm tra trong kỳ / đơn vị duy trì ISO 9001.',
        en: 'Units maintaining ISO 9001 checked in the period / units maintaining it.',
      },
      unit: 'percent',
      words: ['kiểm tra việc áp dụng iso', 'kiểm tra iso', 'kiểm tra hệ thống quản lý chất lượng'],
      compute: (input) => {
        if (!maintains(input)) return null;
        const checked = statusOf(input)!.fields.lastCheckOn;
        const inPeriod = typeof checked === 'string' && checked >= input.period.from && checked <= input.period.to;
        return { numerator: inPeriod ? 1 : 0, denominator: 1 };
      },
    },
  ],
});
