/**
 * A dossier as the province's procedure system exports it, read into the facts cchc keeps. The field names
 * are the portal's synchronisation format (QĐ 766); an export that names its columns otherwise is first
 * renamed by its source's column mapping (`applyMapping`). Pure: the unit matcher is passed in.
 */

/** The synchronisation fields cchc reads; `CoLePhi` and `DaXinLoi` are the flat forms of lists exports carry. */
export const DOSSIER_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'MaLinhVuc',
  'KenhThucHien',
  'NgayNopHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'NgayTuChoi',
  'TrangThaiHoSo',
  'DonViXuLy',
  'HoSoCoThanhPhanSoHoa',
  'DuocThanhToanTrucTuyen',
  'CoLePhi',
  'DaXinLoi',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** What each field holds, as the coordinator reads it when mapping an export's columns. */
export const DOSSIER_FIELD_LABELS: Record<DossierField, string> = {
  MaHoSo: 'Mã hồ sơ',
  MaTTHC: 'Mã thủ tục hành chính',
  MaLinhVuc: 'Lĩnh vực',
  KenhThucHien: 'Kênh nộp (1 trực tiếp, 2 trực tuyến, 3 bưu chính)',
  NgayNopHoSo: 'Ngày nộp hồ sơ',
  NgayTiepNhan: 'Ngày tiếp nhận',
  NgayHenTra: 'Ngày hẹn trả kết quả',
  NgayKetThucXuLy: 'Ngày kết thúc xử lý',
  NgayTra: 'Ngày trả kết quả',
  NgayTuChoi: 'Ngày từ chối',
  TrangThaiHoSo: 'Trạng thái hồ sơ (1–10)',
  DonViXuLy: 'Đơn vị xử lý',
  HoSoCoThanhPhanSoHoa: 'Hồ sơ có thành phần số hóa',
  DuocThanhToanTrucTuyen: 'Thanh toán trực tuyến',
  CoLePhi: 'Có phí, lệ phí',
  DaXinLoi: 'Đã có văn bản xin lỗi (hồ sơ trễ hạn)',
};

/** Without these a record cannot be read; the day of receipt may come from the day of filing instead. */
export const REQUIRED_DOSSIER_FIELDS = ['MaHoSo', 'KenhThucHien', 'NgayTiepNhan', 'DonViXuLy'] as const;

/** The required fields no column of the file gives, once its columns are renamed by the mapping. */
export function missingDossierFields(columns: readonly string[], mapping: Readonly<Record<string, string>>) {
  const record: RawRecord = Object.fromEntries(columns.map((c) => [c, 'x']));
  const present = new Set(Object.keys(applyMapping(record, mapping)));
  return REQUIRED_DOSSIER_FIELDS.filter(
    (field) => !present.has(field) && !(field === 'NgayTiepNhan' && present.has('NgayNopHoSo')),
  );
}

/** One record as read, before checking: field → text (absent or '' when the export leaves it out). */
export type RawRecord = Record<string, string>;

export interface DossierRow {
  code: string;
  unitId: string;
  unitName: string;
  procedureCode: string | null;
  fieldCode: string | null;
  channel: 1 | 2 | 3;
  status: number | null;
  receivedAt: Date;
  /** Local (Vietnam) calendar day, YYYY-MM-DD. */
  receivedOn: string;
  dueAt: Date | null;
  endedAt: Date | null;
  returnedAt: Date | null;
  refusedAt: Date | null;
  feeBearing: boolean;
  paidOnline: boolean;
  digitised: boolean;
  lateApology: boolean | null;
}

export interface RowProblem {
  /** 1-based record number in the file (a CSV/XLSX header is row 1, so data starts at 2). */
  row: number;
  field: string;
  reason: string;
}

export type RowReading = { ok: true; row: DossierRow } | { ok: false; problems: RowProblem[] };

/** Vietnam has one time zone, UTC+7, without daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * `yyyyMMddHHmmss` (the synchronisation format), `dd/MM/yyyy[ HH:mm[:ss]]` (Vietnamese exports) or ISO
 * `yyyy-MM-dd[ HH:mm[:ss]]`, all local time. Undefined when the text is none of them or not a real date.
 */
export function readDossierDate(text: string): Date | undefined {
  const t = text.trim();
  let m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(t);
  let parts: (string | undefined)[] | undefined;
  if (m) parts = [m[1], m[2], m[3], m[4], m[5], m[6]];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)))
    parts = [m[3], m[2], m[1], m[4], m[5], m[6]];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)))
    parts = [m[1], m[2], m[3], m[4], m[5], m[6]];
  if (!parts) return undefined;
  const [y, mo, d, h, mi, s] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // 31/02 rolls over in Date.UTC: refuse it rather than read another day.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(utc - VIETNAM_OFFSET_MS);
}

export function localDayOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Renames a record's columns by a source's mapping (header as written → field); unmapped columns keep their name. */
export function applyMapping(record: RawRecord, mapping: Readonly<Record<string, string>>): RawRecord {
  const out: RawRecord = {};
  // Headers are compared in one Unicode form: an export and a typed mapping may compose "ồ" differently.
  const byHeader = new Map(Object.entries(mapping).map(([header, field]) => [header.trim().normalize('NFC'), field]));
  for (const [key, value] of Object.entries(record)) {
    const header = key.trim().normalize('NFC');
    const field = byHeader.get(header) ?? header;
    if (out[field] === undefined || out[field] === '') out[field] = value;
  }
  return out;
}

const YES = new Set(['1', 'true', 'x', 'co', 'có', 'yes', 'đã', 'da', '2']);
const NO = new Set(['', '0', 'false', 'khong', 'không', 'no', 'chưa', 'chua']);

/**
 * Reads one record. `matchUnit` gives the directory unit for the processing unit's name (successors followed),
 * or null when none matches. Every problem of the row is listed, not just the first.
 */
export function readDossierRecord(
  raw: RawRecord,
  rowNumber: number,
  matchUnit: (name: string) => string | null,
): RowReading {
  const problems: RowProblem[] = [];
  const refuse = (field: string, reason: string) => problems.push({ row: rowNumber, field, reason });
  const text = (field: DossierField) => (raw[field] ?? '').trim();
  const date = (field: DossierField): Date | null => {
    const value = text(field);
    if (!value) return null;
    const read = readDossierDate(value);
    if (!read) refuse(field, `ngày "${value}" không đọc được (cần yyyyMMddHHmmss hoặc dd/mm/yyyy)`);
    return read ?? null;
  };
  const flag = (field: DossierField, yes: (v: string) => boolean = (v) => YES.has(v)): boolean | null => {
    const value = text(field).toLowerCase();
    if (NO.has(value)) return value === '' ? null : false;
    if (yes(value)) return true;
    refuse(field, `giá trị "${text(field)}" không phải có/không`);
    return null;
  };

  const code = text('MaHoSo');
  if (!code) refuse('MaHoSo', 'thiếu mã hồ sơ');
  const unitName = text('DonViXuLy');
  const unitId = unitName ? matchUnit(unitName) : null;
  if (!unitName) refuse('DonViXuLy', 'thiếu đơn vị xử lý');
  else if (!unitId) refuse('DonViXuLy', `không tìm thấy đơn vị "${unitName}" trong danh mục`);
  const channelText = text('KenhThucHien');
  const channel = Number(channelText);
  if (channel !== 1 && channel !== 2 && channel !== 3)
    refuse('KenhThucHien', `kênh "${channelText}" không hợp lệ (1 trực tiếp, 2 trực tuyến, 3 bưu chính)`);
  const statusText = text('TrangThaiHoSo');
  const status = statusText ? Number(statusText) : null;
  if (status !== null && !(Number.isInteger(status) && status >= 1 && status <= 10))
    refuse('TrangThaiHoSo', `trạng thái "${statusText}" không hợp lệ (1–10)`);
  const filedAt = date('NgayNopHoSo');
  const receivedAt = date('NgayTiepNhan') ?? filedAt;
  if (!receivedAt && !text('NgayTiepNhan') && !text('NgayNopHoSo')) refuse('NgayTiepNhan', 'thiếu ngày tiếp nhận');
  const dueAt = date('NgayHenTra');
  const processedAt = date('NgayKetThucXuLy');
  const returnedAt = date('NgayTra');
  const refusedAt = date('NgayTuChoi');
  // The end of processing is the first of processed, result returned, refused.
  const ends = [processedAt, returnedAt, refusedAt].filter((d): d is Date => d !== null);
  const endedAt = ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
  const digitised = flag('HoSoCoThanhPhanSoHoa');
  // DuocThanhToanTrucTuyen: 1 paid on the portal, 2 through the province's own gateway; both are online.
  const paidOnline = flag('DuocThanhToanTrucTuyen', (v) => v === '1' || v === '2' || YES.has(v));
  const feeBearing = flag('CoLePhi');
  const lateApology = flag('DaXinLoi');

  if (problems.length || !receivedAt || !unitId) return { ok: false, problems };
  return {
    ok: true,
    row: {
      code,
      unitId,
      unitName,
      procedureCode: text('MaTTHC') || null,
      fieldCode: text('MaLinhVuc') || null,
      channel: channel as 1 | 2 | 3,
      status,
      receivedAt,
      receivedOn: localDayOf(receivedAt),
      dueAt,
      endedAt,
      returnedAt,
      refusedAt,
      feeBearing: feeBearing ?? paidOnline === true,
      paidOnline: paidOnline ?? false,
      digitised: digitised ?? false,
      lateApology,
    },
  };
}
