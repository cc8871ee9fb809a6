/**
 * A province-year of synthetic dossiers for bench/dossiers.ts, over the bench province's units (20
 * departments, 230 communes; `bench/support/province.ts`). Record i is a pure function of i (its own seeded
 * random numbers), so the same dossier can be written again later (the re-import of a month) and the files
 * are the same on every run. Records come in order of receipt, as a procedure system exports them.
 *
 * What a year looks like: departments receive three quarters of the dossiers (a few of them most: a Zipf-like
 * spread), the 230 communes the rest; receipt on any day of 2026 in office hours; due 1–20 days later by
 * procedure; 92 % end by their due instant, 6 % later (six in ten of those with an apology), 2 % stall; what
 * had not ended when the file was exported (5/1/2027) has no end date (in process, some already overdue).
 * Channels 55 % online, 42 % in person, 3 % by post; a third bear a fee, paid online mostly when filed online;
 * seven in ten carry digitised papers.
 */
import { createWriteStream, type WriteStream } from 'node:fs';

export const YEAR = 2026;
const DAYS = 365;
const DAY_MS = 86_400_000;
/** Local (Vietnam) clock times are handled as if UTC and written as such; +07 is added for PostgreSQL. */
const YEAR_START = Date.UTC(YEAR, 0, 1);
const EXPORTED_AT = Date.UTC(YEAR + 1, 0, 5, 17);
const DURATIONS = [1, 3, 5, 7, 10, 15, 20];

export interface BenchUnit {
  id: string;
  name: string;
  kind: 'department' | 'commune';
}

/** mulberry32 seeded by the record's index and a stream number: the record's own random numbers. */
function randoms(seed: number) {
  let a = (seed * 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights: departments 75 % (Zipf-like), communes 25 % (uneven). */
export function unitPicker(units: readonly BenchUnit[]): (r: number) => BenchUnit {
  const departments = units.filter((u) => u.kind === 'department');
  const communes = units.filter((u) => u.kind === 'commune');
  const weights: number[] = [];
  const dw = departments.map((_, k) => 1 / (k + 1) ** 0.9);
  const cw = communes.map((_, k) => 0.4 + randoms(k + 7)());
  const dSum = dw.reduce((a, b) => a + b, 0);
  const cSum = cw.reduce((a, b) => a + b, 0);
  for (const w of dw) weights.push((0.75 * w) / dSum);
  for (const w of cw) weights.push((0.25 * w) / cSum);
  const ordered = [...departments, ...communes];
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (r) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return ordered[lo]!;
  };
}

/** The facts of one dossier (local times as if UTC; null: the export leaves the field empty). */
export interface DossierFacts {
  code: string;
  unit: BenchUnit;
  procedure: string;
  field: string;
  channel: 1 | 2 | 3;
  status: number;
  filedAt: number;
  receivedAt: number;
  dueAt: number;
  processedAt: number | null;
  returnedAt: number | null;
  refusedAt: number | null;
  feeBearing: boolean;
  /** 1 paid on the portal, 2 through the province's gateway, 0 not paid online. */
  paidOnline: 0 | 1 | 2;
  digitised: boolean;
  /** Only for late dossiers: 1 apologised, 0 not. */
  apology: 0 | 1 | null;
}

/**
 * Dossier i of n. `revised`: the same dossier as a later export shows it (the re-import of a month): the
 * late ones have all apologised since, and some stalled ones have ended.
 */
export function dossierFacts(i: number, n: number, pick: (r: number) => BenchUnit, revised = false): DossierFacts {
  const r = randoms(i + 1);
  const unit = pick(r());
  const day = Math.floor((i * DAYS) / n);
  const receivedAt = YEAR_START + day * DAY_MS + Math.floor((7.5 + r() * 9) * 3_600_000);
  const filedAt = receivedAt - Math.floor(r() * 3 * 3_600_000);
  const procedureNo = Math.floor(r() * 400);
  const duration = DURATIONS[procedureNo % DURATIONS.length]!;
  const dueAt = Date.UTC(YEAR, 0, 1 + day + duration, 17);
  const outcome = r();
  const endDraw = r();
  const stallDraw = r();
  let endAt: number | null;
  if (outcome < 0.92) endAt = receivedAt + Math.floor(endDraw * (dueAt - receivedAt));
  else if (outcome < 0.98) endAt = dueAt + Math.floor((1 + endDraw * 14) * DAY_MS);
  else endAt = revised && stallDraw < 0.5 ? dueAt + 20 * DAY_MS : null;
  if (endAt !== null && endAt > EXPORTED_AT) endAt = null;
  const late = endAt === null ? dueAt < EXPORTED_AT : endAt > dueAt;
  const refuseDraw = r();
  const refused = endAt !== null && refuseDraw < 0.01;
  const returnDraw = r();
  const channelDraw = r();
  const channel: 1 | 2 | 3 = channelDraw < 0.55 ? 2 : channelDraw < 0.97 ? 1 : 3;
  const feeBearing = r() < 0.34;
  const payDraw = r();
  const paidOnline: 0 | 1 | 2 = !feeBearing ? 0 : payDraw < (channel === 2 ? 0.7 : 0.08) ? (payDraw < 0.04 ? 2 : 1) : 0;
  const apologyDraw = r();
  const digitisedDraw = r();
  return {
    code: `000.00.${String(i % 97).padStart(2, '0')}.H99-${String(i).padStart(9, '0')}`,
    unit,
    procedure: `1.${String(1000 + procedureNo).padStart(6, '0')}`,
    field: `LV${String(procedureNo % 40).padStart(2, '0')}`,
    channel,
    status: endAt === null ? 4 : refused ? 6 : 10,
    filedAt,
    receivedAt,
    dueAt,
    processedAt: endAt !== null && !refused ? endAt : null,
    returnedAt: endAt !== null && !refused ? endAt + Math.floor(returnDraw * 2 * DAY_MS) : null,
    refusedAt: refused ? endAt : null,
    feeBearing,
    paidOnline,
    digitised: digitisedDraw < 0.7,
    apology: late ? (revised || apologyDraw < 0.6 ? 1 : 0) : null,
  };
}

/** yyyyMMddHHmmss, the synchronisation format (local time). */
const sync = (t: number | null) => (t === null ? '' : new Date(t).toISOString().replace(/\D/g, '').slice(0, 14));
/** timestamptz text for COPY. */
const pgTime = (t: number | null) => (t === null ? '' : `${new Date(t).toISOString().slice(0, 19)}+07`);
const localDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One NDJSON line in the portal's synchronisation fields, with the lists as the portal sends them. */
export function ndjsonLine(f: DossierFacts): string {
  const record: Record<string, unknown> = {
    MaHoSo: f.code,
    MaTTHC: f.procedure,
    MaLinhVuc: f.field,
    KenhThucHien: f.channel,
    NgayNopHoSo: sync(f.filedAt),
    NgayTiepNhan: sync(f.receivedAt),
    NgayHenTra: sync(f.dueAt),
    TrangThaiHoSo: f.status,
    DonViXuLy: f.unit.name,
    TaiKhoanDuocXacThucVoiVNeID: f.channel === 2 ? 1 : 0,
    TaiLieuNop: [
      {
        TepDinhKemId: `${f.code}-1`,
        TenTepDinhKem: 'Đơn đề nghị.pdf',
        DuocSoHoa: f.digitised ? 1 : 0,
        DuocTaiSuDung: 0,
      },
      { TepDinhKemId: `${f.code}-2`, TenTepDinhKem: 'Giấy tờ kèm theo.pdf', DuocSoHoa: 0, DuocLayTuKhoDMQG: 0 },
    ],
    DanhSachLePhi: f.feeBearing ? [{ TenPhiLePhi: 'Lệ phí giải quyết thủ tục', MucPhi: 50_000 }] : [],
  };
  if (f.processedAt !== null) record['NgayKetThucXuLy'] = sync(f.processedAt);
  if (f.returnedAt !== null) record['NgayTra'] = sync(f.returnedAt);
  if (f.refusedAt !== null) record['NgayTuChoi'] = sync(f.refusedAt);
  if (f.paidOnline) record['DuocThanhToanTrucTuyen'] = f.paidOnline;
  if (f.apology !== null) record['DaXinLoi'] = f.apology;
  return JSON.stringify(record);
}

export const SYNC_CSV_HEADER =
  'MaHoSo,MaTTHC,MaLinhVuc,KenhThucHien,NgayNopHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,NgayTuChoi,TrangThaiHoSo,DonViXuLy,HoSoCoThanhPhanSoHoa,DuocThanhToanTrucTuyen,CoLePhi,DaXinLoi';

/** One CSV line in the synchronisation fields, the lists flattened (as the provinces' CSV exports carry them). */
export function syncCsvLine(f: DossierFacts): string {
  return [
    f.code,
    f.procedure,
    f.field,
    f.channel,
    sync(f.filedAt),
    sync(f.receivedAt),
    sync(f.dueAt),
    sync(f.processedAt),
    sync(f.returnedAt),
    sync(f.refusedAt),
    f.status,
    f.unit.name,
    f.digitised ? 1 : 0,
    f.paidOnline || '',
    f.feeBearing ? 1 : 0,
    f.apology ?? '',
  ].join(',');
}

/** The columns of the floor's bare table: the dossiers table's, no key, no index. */
export const COPY_COLUMNS =
  'code, unit_id, unit_name, procedure_code, field_code, channel, status, received_at, received_on, due_at, ended_at, returned_at, refused_at, fee_bearing, paid_online, digitised, late_apology';

/** The same dossier as the app stores it, one CSV line for `COPY … FROM … (FORMAT csv)`. */
export function copyCsvLine(f: DossierFacts): string {
  const ends = [f.processedAt, f.returnedAt, f.refusedAt].filter((t): t is number => t !== null);
  return [
    f.code,
    f.unit.id,
    f.unit.name,
    f.procedure,
    f.field,
    f.channel,
    f.status,
    pgTime(f.receivedAt),
    localDay(f.receivedAt),
    pgTime(f.dueAt),
    pgTime(ends.length ? Math.min(...ends) : null),
    pgTime(f.returnedAt),
    pgTime(f.refusedAt),
    f.feeBearing || f.paidOnline > 0,
    f.paidOnline > 0,
    f.digitised,
    f.apology === null ? '' : f.apology === 1,
  ].join(',');
}

/** Indexes of the dossiers received in a month (1–12) of the year, of n. */
export function monthRange(month: number, n: number): [number, number] {
  const firstDay = (Date.UTC(YEAR, month - 1, 1) - YEAR_START) / DAY_MS;
  const nextDay = (Date.UTC(YEAR, month, 1) - YEAR_START) / DAY_MS;
  return [Math.ceil((firstDay * n) / DAYS), Math.ceil((nextDay * n) / DAYS)];
}

/** A file written line by line, in 1 MiB writes, with back-pressure; `end` resolves with the bytes written. */
export function lineWriter(path: string, header: string | null = null) {
  const out: WriteStream = createWriteStream(path);
  let bytes = 0;
  let buffer = header === null ? '' : `${header}\n`;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    const full = !out.write(buffer);
    buffer = '';
    if (full) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  return {
    write: async (line: string) => {
      buffer += `${line}\n`;
      if (buffer.length > 1 << 20) await flush();
    },
    end: async () => {
      await flush();
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      return bytes;
    },
  };
}
