import type { DossierFigureKey } from '../dossiers/dossier-figures.js';
import type { FigureDefinition } from './definition.js';

type DossierFigure = FigureDefinition & { key: DossierFigureKey };

const RECEIVED_VI = 'hồ sơ tiếp nhận trong kỳ';
const JUDGED_VI = 'hồ sơ đang xử lý được xét vào ngày cuối kỳ';

/** The figures cchc computes from imported dossiers (QĐ 766/QĐ-TTg), for the one figure catalogue. */
export const dossierFigures: DossierFigure[] = [
  {
    key: 'dossiers.received',
    kind: 'count',
    name: { vi: 'Hồ sơ tiếp nhận', en: 'Dossiers received' },
    definition: { vi: `Số ${RECEIVED_VI}.`, en: 'Dossiers received in the period.' },
    unit: 'items',
  },
  {
    key: 'dossiers.on_time',
    kind: 'count',
    name: { vi: 'Hồ sơ đúng hạn', en: 'Dossiers on time' },
    definition: {
      vi: `Số ${RECEIVED_VI} đã kết thúc xử lý không muộn hơn ngày hẹn trả, hoặc còn đang xử lý mà chưa đến hạn (${JUDGED_VI}).`,
      en: 'Dossiers received in the period whose processing ended by the due date, or still in process and not yet due on the last day.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.late',
    kind: 'count',
    name: { vi: 'Hồ sơ trễ hạn', en: 'Late dossiers' },
    definition: {
      vi: `Số ${RECEIVED_VI} kết thúc xử lý sau ngày hẹn trả hoặc đã quá hạn mà chưa xong (${JUDGED_VI}).`,
      en: 'Dossiers received in the period that ended after their due date or are overdue on the last day.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.in_process',
    kind: 'count',
    name: { vi: 'Hồ sơ đang xử lý', en: 'Dossiers in process' },
    definition: {
      vi: `Số ${RECEIVED_VI} chưa kết thúc xử lý vào ngày cuối kỳ.`,
      en: 'Dossiers received in the period not yet ended on its last day.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.overdue',
    kind: 'count',
    name: { vi: 'Hồ sơ đang xử lý quá hạn', en: 'Overdue dossiers in process' },
    definition: {
      vi: `Số ${RECEIVED_VI} chưa kết thúc xử lý mà ngày hẹn trả đã qua vào ngày cuối kỳ.`,
      en: 'Dossiers still in process on the last day of the period whose due date has passed.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.online',
    kind: 'count',
    name: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers filed online' },
    definition: { vi: `Số ${RECEIVED_VI} nộp trực tuyến.`, en: 'Dossiers received in the period filed online.' },
    unit: 'items',
  },
  {
    key: 'dossiers.in_person',
    kind: 'count',
    name: { vi: 'Hồ sơ nộp trực tiếp', en: 'Dossiers filed in person' },
    definition: { vi: `Số ${RECEIVED_VI} nộp trực tiếp.`, en: 'Dossiers received in the period filed in person.' },
    unit: 'items',
  },
  {
    key: 'dossiers.by_post',
    kind: 'count',
    name: { vi: 'Hồ sơ nộp qua bưu chính công ích', en: 'Dossiers filed by post' },
    definition: {
      vi: `Số ${RECEIVED_VI} nộp qua dịch vụ bưu chính công ích.`,
      en: 'Dossiers received in the period filed through the public postal service.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.fee_bearing',
    kind: 'count',
    name: { vi: 'Hồ sơ có phí, lệ phí', en: 'Fee-bearing dossiers' },
    definition: {
      vi: `Số ${RECEIVED_VI} phải nộp phí, lệ phí.`,
      en: 'Dossiers received in the period that owe a fee.',
    },
    unit: 'items',
  },
  {
    key: 'dossiers.on_time_rate',
    kind: 'rate',
    name: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Share of dossiers on time' },
    definition: {
      vi: `Hồ sơ đúng hạn / ${RECEIVED_VI} (${JUDGED_VI}).`,
      en: 'Dossiers on time / dossiers received in the period.',
    },
    unit: 'percent',
    // How plans word it: a plan target with these words is offered the figure (suggest.ts).
    words: ['hồ sơ giải quyết đúng hạn', 'hồ sơ trả kết quả đúng hạn', 'hồ sơ đúng hạn'],
  },
  {
    key: 'dossiers.online_rate',
    kind: 'rate',
    name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Share of dossiers filed online' },
    definition: { vi: `Hồ sơ nộp trực tuyến / ${RECEIVED_VI}.`, en: 'Dossiers filed online / dossiers received.' },
    unit: 'percent',
    // How plans word it: a plan target with these words is offered the figure (suggest.ts).
    words: ['hồ sơ giải quyết trực tuyến', 'hồ sơ nộp trực tuyến', 'hồ sơ trực tuyến'],
  },
  {
    key: 'dossiers.paid_online_rate',
    kind: 'rate',
    name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Share of fee-bearing dossiers paid online' },
    definition: {
      vi: 'Hồ sơ đã thanh toán trực tuyến / hồ sơ có phí, lệ phí tiếp nhận trong kỳ.',
      en: 'Dossiers paid online / fee-bearing dossiers received in the period.',
    },
    unit: 'percent',
    // How plans word it: a plan target with these words is offered the figure (suggest.ts).
    words: ['hồ sơ giao dịch thanh toán trực tuyến', 'hồ sơ thanh toán trực tuyến'],
  },
  {
    key: 'dossiers.digitised_rate',
    kind: 'rate',
    name: { vi: 'Tỷ lệ hồ sơ được số hóa', en: 'Share of dossiers digitised' },
    definition: {
      vi: `Hồ sơ có thành phần được số hóa / ${RECEIVED_VI}.`,
      en: 'Dossiers with digitised papers / dossiers received in the period.',
    },
    unit: 'percent',
    // How plans word it: a plan target with these words is offered the figure (suggest.ts).
    words: ['hồ sơ được số hóa', 'hồ sơ số hóa'],
  },
  {
    key: 'dossiers.late_with_apology_rate',
    kind: 'rate',
    name: { vi: 'Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi', en: 'Share of late dossiers with an apology' },
    definition: {
      vi: 'Hồ sơ trễ hạn có văn bản xin lỗi / hồ sơ trễ hạn (theo dữ liệu xin lỗi trong tệp xuất, nếu có).',
      en: 'Late dossiers with an apology / late dossiers (as far as the export records apologies).',
    },
    unit: 'percent',
    // How plans word it: a plan target with these words is offered the figure (suggest.ts).
    words: ['hồ sơ trễ hạn xin lỗi', 'hồ sơ quá hạn xin lỗi'],
  },
  {
    key: 'dossiers.tdgq_score',
    kind: 'score',
    name: { vi: 'Điểm Tiến độ giải quyết (QĐ 766)', en: 'Processing on time score (QĐ 766)' },
    definition: {
      vi: '20 × hồ sơ đúng hạn / hồ sơ tiếp nhận, làm tròn hai chữ số thập phân; không có hồ sơ thì không có điểm.',
      en: '20 × dossiers on time / dossiers received, two decimals; no dossiers, no score.',
    },
    unit: 'points',
  },
];
