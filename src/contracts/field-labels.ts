/**
 * The label a person knows each request field by, so a refused request names the field as the form
 * does ("Ngày ban hành"), never by its key ("issuedOn", "id"). A schema may carry its own label with
 * `.meta({ label })`, which wins; otherwise the key is looked up here. An unknown key is never shown.
 */
import { z } from 'zod';

const LABELS: Record<string, string> = {
  id: 'Mã định danh',
  version: 'Phiên bản đã mở',
  unitId: 'Đơn vị',
  unitIds: 'Các đơn vị',
  planId: 'Kế hoạch',
  basePlanId: 'Kế hoạch gốc',
  periodId: 'Kỳ báo cáo',
  roundId: 'Đợt đánh giá',
  criteriaSetId: 'Bộ tiêu chí',
  assignmentId: 'Nhiệm vụ',
  activityId: 'Hoạt động',
  indicatorId: 'Chỉ tiêu',
  fileId: 'Tệp',
  evidenceFileIds: 'Tệp minh chứng',
  parentId: 'Đơn vị cấp trên',
  provinceId: 'Tỉnh',
  groupId: 'Nhóm đơn vị',
  entityId: 'Đối tượng',
  toId: 'Đơn vị kế thừa',
  name: 'Tên',
  code: 'Mã',
  title: 'Tên',
  label: 'Tên',
  kind: 'Loại',
  level: 'Cấp',
  area: 'Lĩnh vực',
  status: 'Trạng thái',
  progress: 'Tiến độ (%)',
  completedOn: 'Ngày hoàn thành',
  issuedOn: 'Ngày ban hành',
  dueOn: 'Hạn báo cáo',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  validFrom: 'Hiệu lực từ ngày',
  validTo: 'Hiệu lực đến ngày',
  validAt: 'Ngày tra cứu',
  effectiveOn: 'Ngày hiệu lực',
  selfAssessmentFrom: 'Tự đánh giá từ ngày',
  selfAssessmentTo: 'Tự đánh giá đến ngày',
  appraisalFrom: 'Thẩm định từ ngày',
  appraisalTo: 'Thẩm định đến ngày',
  explanationTo: 'Giải trình đến ngày',
  reason: 'Lý do',
  note: 'Ghi chú',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  figureKey: 'Số liệu theo dõi',
  text: 'Nội dung',
  resultText: 'Kết quả đã thực hiện',
  result: 'Kết quả đã thực hiện',
  numberSymbol: 'Số, ký hiệu',
  summary: 'Trích yếu',
  value: 'Giá trị',
  target: 'Chỉ tiêu',
  year: 'Năm',
  maxPoints: 'Điểm tối đa',
  maxTotal: 'Tổng điểm tối đa',
  inputs: 'Số liệu',
  notApplicable: 'Không áp dụng',
  explanation: 'Giải trình',
  evaluation: 'Đánh giá',
  decision: 'Quyết định',
  comment: 'Nhận xét',
  overallComment: 'Nhận xét chung',
  items: 'Mục',
  itemComments: 'Nhận xét từng mục',
  indicators: 'Chỉ tiêu',
  recipients: 'Nơi nhận',
  issuingBody: 'Cơ quan ban hành',
  referenceNumber: 'Số văn bản',
  referenceSymbol: 'Ký hiệu văn bản',
  introduction: 'Phần mở đầu',
  conclusions: 'Phần kết luận',
  // The sections of a unit's report, as its form heads them.
  achievements: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  nextTasks: 'Nhiệm vụ thời gian tới',
  proposals: 'Đề xuất, kiến nghị',
  signerAuthority: 'Thẩm quyền ký',
  signerPosition: 'Chức vụ người ký',
  signerName: 'Người ký',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  displayName: 'Họ và tên',
  email: 'Thư điện tử',
  role: 'Vai trò',
  locale: 'Ngôn ngữ',
  aliases: 'Tên gọi khác',
  shortNames: 'Tên viết tắt',
  url: 'Đường dẫn',
  fileName: 'Tên tệp',
  file: 'Tệp tải lên',
  q: 'Từ khóa tìm kiếm',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  includeArchived: 'Gồm cả đã lưu trữ',
  stage: 'Giai đoạn',
  rankGroup: 'Nhóm xếp hạng',
  method: 'Cách tính điểm',
  daysBefore: 'Số ngày nhắc trước',
  format: 'Định dạng',
  amountMillionVnd: 'Kinh phí (triệu đồng)',
  budget: 'Kinh phí',
  deadline: 'Thời hạn',
  activity: 'Hoạt động',
  actorId: 'Người thực hiện',
  answer: 'Nội dung giải trình',
  areas: 'Lĩnh vực',
  asOf: 'Ngày đối chiếu',
  chair: 'Chủ tịch hội đồng',
  content: 'Nội dung',
  cooperating: 'Đơn vị phối hợp',
  deliverable: 'Kết quả/Sản phẩm',
  entity: 'Loại đối tượng',
  entries: 'Kết quả chấm',
  entry: 'Kết quả chấm',
  inApp: 'Thông báo trên hệ thống',
  lead: 'Đơn vị chủ trì',
  members: 'Thành viên hội đồng',
  number: 'Số thứ tự',
  objective: 'Mục tiêu',
  onDueDate: 'Nhắc vào ngày đến hạn',
  pinned: 'Ghim',
  points: 'Điểm',
  previousRoundId: 'Đợt đánh giá năm trước',
  targets: 'Chỉ tiêu cần đạt',
  task: 'Nhiệm vụ',
  to: 'Đến',
  toUnitId: 'Đơn vị nhận',
  toUnitIds: 'Các đơn vị nhận',
  type: 'Loại thao tác',
  unlock: 'Mở khoá',
  userId: 'Người dùng',
  weeklyWhileOverdue: 'Nhắc hằng tuần khi quá hạn',
};

/** Where the request field was: path parameters are parts of the address, not of a form. */
export type InputPlace = 'params' | 'query' | 'body';

/** The label the schema itself gives the field at `path` with `.meta({ label })`, if any. */
function metaLabel(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string | undefined {
  let current = schema;
  for (const key of path) current = current ? child(current, key) : undefined;
  // The label may sit on any wrapper of the field (optional, nullable, default...).
  for (let i = 0; current && i < 10; i++) {
    const own = (z.globalRegistry.get(current) as { label?: unknown } | undefined)?.label;
    if (typeof own === 'string') return own;
    current = inner(current);
  }
  return undefined;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const inner = (schema: z.ZodType) => {
  const def = defOf(schema);
  return def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
};

function child(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (let i = 0; current && inner(current) && i < 10; i++) current = inner(current);
  if (!current) return undefined;
  const def = defOf(current);
  if (def.type === 'object' && typeof key === 'string') return def.shape?.[key];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/**
 * "Ngày ban hành", "Tiến độ (%) (mục 4)", "Mã định danh trong đường dẫn"; null for the request as a whole.
 * Keys without a label fall back to a plain description rather than the key itself.
 */
export function fieldLabel(
  path: readonly PropertyKey[],
  options: { schema?: z.ZodType; place?: InputPlace } = {},
): string | null {
  if (path.length === 0) return null;
  const names = path.filter((k): k is string => typeof k === 'string');
  const rows = path.filter((k): k is number => typeof k === 'number').map((n) => n + 1);
  const last = names[names.length - 1];
  let label = metaLabel(options.schema, path) ?? (last ? LABELS[last] : undefined);
  if (!label) label = options.place === 'query' ? 'Điều kiện lọc' : 'Một thông tin gửi lên';
  if (options.place === 'params') label = `${label} trong đường dẫn`;
  if (options.place === 'query' && label !== 'Điều kiện lọc') label = `${label} (điều kiện lọc)`;
  return rows.length ? `${label} (${rows.map((r) => `mục ${r}`).join(', ')})` : label;
}

/** A refused field as one sentence: "Ngày ban hành: 31/02/2025 không phải là ngày hợp lệ (dd/mm/yyyy)." */
export function labelledMessage(label: string | null, message: string): string {
  if (!label) return message;
  // A contract's own message often names its field already ("Trạng thái không hợp lệ…", "Tiến độ phải là…").
  const name = label.replace(/\s*\(.*$/, '');
  return message.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi')) ? message : `${label}: ${message}`;
}
