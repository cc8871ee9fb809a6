/** The six QĐ 766 groups, their portal codes and maximum points (100 in all). */
export const SERVICE_QUALITY_GROUPS = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH'] as const;
export type ServiceQualityGroup = (typeof SERVICE_QUALITY_GROUPS)[number];

export const GROUP_MAX: Record<ServiceQualityGroup, number> = {
  CKMB: 18,
  TDGQ: 20,
  CLGQ: 12,
  TTTT: 10,
  MDHL: 18,
  MDSH: 22,
};

export const GROUP_NAME_VI: Record<ServiceQualityGroup, string> = {
  CKMB: 'Công khai, minh bạch',
  TDGQ: 'Tiến độ giải quyết',
  CLGQ: 'Dịch vụ công trực tuyến',
  TTTT: 'Thanh toán trực tuyến',
  MDHL: 'Mức độ hài lòng',
  MDSH: 'Số hóa hồ sơ',
};

/** One metric's counts as the portal publishes them (either may be null). */
export interface MetricCounts {
  code: string;
  numerator: number | null;
  denominator: number | null;
}
