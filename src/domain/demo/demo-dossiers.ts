/**
 * The demo's administrative-procedure dossiers, as a province's procedure system would export them in the
 * portal's synchronisation fields (QĐ 766): received on working days of the demo year up to "today",
 * departments with many, communes with few; most finished on time, some late (some of those with an apology),
 * some still in process; filed in person, online or by post; some fee-bearing, some of those paid online;
 * most with digitised papers. Deterministic: the same units, year and day give the same records.
 */
import { addDays } from '../calendar.js';

export interface DemoDossierUnit {
  code: string;
  name: string;
  kind: 'department' | 'commune';
}

/** A small seeded generator (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number from a text (FNV-1a), to seed each unit apart. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const DEPARTMENT_PROCEDURES = ['1.000894', '1.001612', '2.000488', '1.004227', '2.001157', '1.009994', '1.010727'];
const COMMUNE_PROCEDURES = ['1.001193', '2.000986', '1.000656', '2.001023', '1.004873'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** `yyyyMMddHHmmss`, local (Vietnam) time, as the synchronisation format writes dates. */
const stamp = (day: string, hour: number, minute: number) => `${day.replaceAll('-', '')}${pad(hour)}${pad(minute)}00`;
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const isWorkingDay = (day: string) => weekday(day) !== 0 && weekday(day) !== 6;

/** `n` working days after `day` (Saturday and Sunday skipped). */
function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** What a unit is like: how many dossiers a working day, and how well it does. */
function profileOf(unit: DemoDossierUnit, random: () => number) {
  const department = unit.kind === 'department';
  return {
    perDay: department ? 0.5 + random() * 1.3 : 0.05 + random() * 0.25,
    lateShare: 0.02 + random() * 0.08,
    apologyShare: 0.4 + random() * 0.5,
    onlineStart: 0.3 + random() * 0.25,
    onlineGain: 0.1 + random() * 0.15,
    postalShare: 0.02 + random() * 0.05,
    feeShare: department ? 0.35 + random() * 0.3 : 0.2 + random() * 0.2,
    paidOnlineShare: 0.3 + random() * 0.5,
    digitisedShare: 0.6 + random() * 0.35,
    procedures: department ? DEPARTMENT_PROCEDURES : COMMUNE_PROCEDURES,
  };
}

/** One record in the synchronisation fields; fields the dossier does not have are left out. */
export type DemoDossierRecord = Record<string, string | number>;

/**
 * Every demo dossier of the units received from 1 January of `year` to `today` (inclusive). A dossier whose
 * end falls after `today` is still in process (no end date, status 4).
 */
export function* demoDossierRecords(
  units: readonly DemoDossierUnit[],
  year: number,
  today: string,
): Generator<DemoDossierRecord> {
  const last = today < `${year}-12-31` ? today : `${year}-12-31`;
  for (const unit of units) {
    const random = seededRandom(hashOf(`${unit.code}|${year}`));
    const profile = profileOf(unit, random);
    let serial = 0;
    for (let day = `${year}-01-01`; day <= last; day = addDays(day, 1)) {
      if (!isWorkingDay(day)) continue;
      // Poisson-like count: the whole part, and one more with the fraction's chance.
      const expected = profile.perDay * (0.6 + random() * 0.8);
      const count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
      const yearShare = (Date.parse(day) - Date.parse(`${year}-01-01`)) / (365 * 86_400_000);
      for (let i = 0; i < count; i++) {
        serial++;
        const receivedHour = 7 + Math.floor(random() * 9);
        const receivedMinute = Math.floor(random() * 60);
        const workingDays = 1 + Math.floor(random() * 12);
        const dueDay = addWorkingDays(day, workingDays);
        const late = random() < profile.lateShare;
        const endDay = late
          ? addDays(dueDay, 1 + Math.floor(random() * 9))
          : addWorkingDays(day, Math.max(1, workingDays - 1 - Math.floor(random() * 3)));
        const channelDraw = random();
        const online = profile.onlineStart + profile.onlineGain * yearShare;
        const channel = channelDraw < online ? 2 : channelDraw < online + profile.postalShare ? 3 : 1;
        const feeBearing = random() < profile.feeShare;
        const paidOnline = feeBearing && channel === 2 && random() < profile.paidOnlineShare * 1.6;
        const digitised = random() < profile.digitisedShare;
        const apology = late && random() < profile.apologyShare;
        const ended = endDay <= today;
        const record: DemoDossierRecord = {
          MaHoSo: `${unit.code}.H44-${day.slice(2).replaceAll('-', '')}-${pad(serial, 5)}`,
          MaTTHC: profile.procedures[Math.floor(random() * profile.procedures.length)]!,
          MaLinhVuc: `LV${pad(1 + Math.floor(random() * 6))}`,
          KenhThucHien: channel,
          NgayNopHoSo: stamp(day, receivedHour, receivedMinute),
          NgayTiepNhan: stamp(day, receivedHour, Math.min(59, receivedMinute + 5)),
          NgayHenTra: stamp(dueDay, 17, 0),
          TrangThaiHoSo: ended ? 10 : 4,
          DonViXuLy: unit.name,
          HoSoCoThanhPhanSoHoa: digitised ? 1 : 0,
          CoLePhi: feeBearing ? 1 : 0,
        };
        if (ended) {
          record.NgayKetThucXuLy = stamp(endDay, 9 + Math.floor(random() * 7), Math.floor(random() * 60));
          record.NgayTra = stamp(endDay, 16, 30);
        }
        if (paidOnline) record.DuocThanhToanTrucTuyen = random() < 0.7 ? 1 : 2;
        // An apology is recorded for some late dossiers; the others are the "late without apology" to follow up.
        if (apology && (ended || dueDay < today)) record.DaXinLoi = 1;
        yield record;
      }
    }
  }
}
