/**
 * The national indices the province is measured by, as the tracker stores them (services/indices/): the
 * province's published score and rank of each seeded index for the year the period ends in. Province level only:
 * a department or commune has no national index.
 */
const pair = <const C extends string>(code: C, name: string, en: string) =>
  [
    {
      key: `indices.${code}.score`,
      kind: 'score',
      unit: 'points',
      name: { vi: `Điểm ${name} của tỉnh`, en: `${en} score of the province` },
      definition: {
        vi: `Điểm ${name} của tỉnh do cơ quan Trung ương công bố cho năm của kỳ (nhập vào trang Chỉ số quốc gia, có tệp nguồn).`,
        en: `The province's ${en} score published for the period's year (entered on the national indices page, with its source file).`,
      },
    },
    {
      key: `indices.${code}.rank`,
      kind: 'count',
      unit: 'items',
      name: { vi: `Thứ hạng ${name} của tỉnh`, en: `${en} rank of the province` },
      definition: {
        vi: `Thứ hạng của tỉnh trong các tỉnh, thành phố theo ${name} năm của kỳ (1 là cao nhất; số nhỏ hơn là tốt hơn).`,
        en: `The province's rank among provinces on ${en} for the period's year (1 is best; lower is better).`,
      },
    },
  ] as const;

export const indexFigures = [
  ...pair('PAR_INDEX', 'Chỉ số cải cách hành chính (PAR INDEX)', 'PAR INDEX'),
  ...pair('SIPAS', 'Chỉ số hài lòng (SIPAS)', 'SIPAS'),
  ...pair('PAPI', 'Chỉ số PAPI', 'PAPI'),
  ...pair('PCI', 'Chỉ số PCI', 'PCI'),
  ...pair('DTI', 'Chỉ số chuyển đổi số (DTI)', 'DTI'),
] as const;

/** The index codes the catalogue has keys for. */
export const CATALOGUED_INDICES = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'DTI'] as const;
