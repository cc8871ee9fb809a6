/**
 * Initiatives (sáng kiến CCHC): the eight areas a proposal falls in, the council's levels of effect and the
 * workflow (submitted → recognised / not recognised by the council; withdrawn with a reason before a decision).
 * Pure.
 */

/** The eight areas of a provincial CCHC plan. */
export const INITIATIVE_AREAS = [
  'Công tác chỉ đạo, điều hành',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  'Công tác thông tin, tuyên truyền',
] as const;
export type InitiativeArea = (typeof INITIATIVE_AREAS)[number];

export const EFFECT_LEVEL_NAMES = {
  unit: 'Phạm vi cơ quan, đơn vị',
  province: 'Phạm vi toàn tỉnh',
  national: 'Phạm vi toàn quốc',
} as const;
export type EffectLevel = keyof typeof EFFECT_LEVEL_NAMES;

export type InitiativeStatus = 'submitted' | 'recognised' | 'not_recognised' | 'withdrawn';

export const INITIATIVE_STATUS_NAMES: Record<InitiativeStatus, string> = {
  submitted: 'Chờ Hội đồng đánh giá',
  recognised: 'Được công nhận',
  not_recognised: 'Không được công nhận',
  withdrawn: 'Đã rút',
};

/** Why an action is refused in this state, or null when it may go ahead. */
export function initiativeRefusal(
  status: InitiativeStatus,
  action: 'decide' | 'withdraw' | 'addFile' | 'apply',
): string | null {
  switch (action) {
    case 'decide':
      return status === 'submitted' || status === 'recognised' || status === 'not_recognised'
        ? null
        : `Sáng kiến đang ở trạng thái "${INITIATIVE_STATUS_NAMES[status]}": không thể ghi quyết định của Hội đồng.`;
    case 'withdraw':
    case 'addFile':
      return status === 'submitted'
        ? null
        : `Sáng kiến đang ở trạng thái "${INITIATIVE_STATUS_NAMES[status]}": chỉ sáng kiến đang chờ Hội đồng đánh giá mới ${action === 'withdraw' ? 'rút được' : 'bổ sung được tệp'}.`;
    case 'apply':
      return status === 'recognised' ? null : 'Chỉ ghi nhận việc áp dụng sáng kiến đã được Hội đồng công nhận.';
  }
}
