/**
 * The QĐ 766 service-quality figures as the national portal publishes them per unit and period (stored by
 * `cchc service-figures import`): the six group scores, the total, and three published rates plans set
 * targets on. Plain FigureDefinition objects; the catalogue spreads them into FIGURES.
 */
const group = <const K extends string>(key: K, vi: string, en: string, max: number) =>
  ({
    key,
    kind: 'score',
    unit: 'points',
    name: { vi: `Điểm ${vi} (QĐ 766)`, en: `${en} score (QĐ 766)` },
    definition: {
      vi: `Điểm nhóm “${vi}” (tối đa ${max} điểm) do Cổng Dịch vụ công quốc gia công bố cho đơn vị trong kỳ theo Quyết định 766/QĐ-TTg; điểm công bố là điểm chính thức, điểm cchc tính lại chỉ để đối chiếu.`,
      en: `The "${en}" group score (out of ${max}) the National Public Service Portal publishes for the unit and period under Decision 766/QĐ-TTg; the published score is the official one, cchc's recomputation is a check.`,
    },
  }) as const;

export const qd766Figures = [
  group('qd766.CKMB.score', 'công khai, minh bạch', 'Publicity and transparency', 18),
  group('qd766.TDGQ.score', 'tiến độ giải quyết', 'Processing on time', 20),
  group('qd766.CLGQ.score', 'dịch vụ công trực tuyến', 'Online public services', 12),
  group('qd766.TTTT.score', 'thanh toán trực tuyến', 'Online payment', 10),
  group('qd766.MDHL.score', 'mức độ hài lòng', 'Satisfaction', 18),
  group('qd766.MDSH.score', 'số hóa hồ sơ', 'Digitisation', 22),
  {
    key: 'qd766.total.score',
    kind: 'score',
    unit: 'points',
    name: { vi: 'Tổng điểm chất lượng phục vụ (QĐ 766)', en: 'Service-quality total (QĐ 766)' },
    definition: {
      vi: 'Tổng điểm sáu nhóm (tối đa 100) do Cổng Dịch vụ công quốc gia công bố cho đơn vị trong kỳ; nhóm không có điểm thì không cộng (không tính là 0).',
      en: 'The sum of the six group scores (out of 100) the portal publishes for the unit and period; a group without a score is left out, never counted as 0.',
    },
  },
  {
    key: 'qd766.TDGQ.on_time_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn (Cổng DVCQG)', en: 'Dossiers processed on time (national portal)' },
    definition: {
      vi: 'Số hồ sơ giải quyết đúng hạn trên số hồ sơ tiếp nhận của đơn vị trong kỳ, theo số liệu Cổng Dịch vụ công quốc gia công bố (totalOnTime / totalReceived).',
      en: 'Dossiers processed on time over dossiers received by the unit in the period, as the portal publishes them (totalOnTime / totalReceived).',
    },
  },
  {
    key: 'qd766.TTTT.paid_online_rate',
    kind: 'rate',
    unit: 'percent',
    name: {
      vi: 'Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến (Cổng DVCQG)',
      en: 'Fee-bearing dossiers paid online (national portal)',
    },
    definition: {
      vi: 'Số hồ sơ thanh toán trực tuyến thành công trên số hồ sơ có nghĩa vụ tài chính của đơn vị trong kỳ, theo số liệu Cổng Dịch vụ công quốc gia công bố.',
      en: 'Dossiers paid online successfully over dossiers with a financial obligation, as the portal publishes them.',
    },
  },
  {
    key: 'qd766.MDHL.satisfaction_rate',
    kind: 'rate',
    unit: 'percent',
    name: {
      vi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết hồ sơ (Cổng DVCQG)',
      en: 'Satisfaction with dossier handling (national portal)',
    },
    definition: {
      vi: 'Số đánh giá hài lòng trên số đánh giá về tiếp nhận, giải quyết hồ sơ của đơn vị trong kỳ, theo chỉ số DOSSIER_RECEIVING_SATISFACTION Cổng Dịch vụ công quốc gia công bố.',
      en: 'Satisfied ratings over ratings of dossier handling for the unit and period, from the portal’s DOSSIER_RECEIVING_SATISFACTION metric.',
    },
  },
] as const;

export type Qd766FigureKey = (typeof qd766Figures)[number]['key'];
