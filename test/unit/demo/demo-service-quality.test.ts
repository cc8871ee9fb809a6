import { describe, expect, it } from 'vitest';
import { demoDossierRecords, type DemoDossierUnit } from '../../../src/domain/demo/demo-dossiers.js';
import { demoPortalFigures } from '../../../src/domain/demo/demo-service-figures.js';
import { readDossierRecord } from '../../../src/domain/dossiers/dossier-record.js';
import { checkPortalFigures } from '../../../src/domain/service-quality/checked-row.js';

const UNITS: DemoDossierUnit[] = [
  { code: 'QT.STP', name: 'Sở Tư pháp', kind: 'department' },
  { code: 'QT.X.CAMLO', name: 'UBND xã Cam Lộ', kind: 'commune' },
];
const asText = (r: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]));

describe('demo dossiers', () => {
  const records = [...demoDossierRecords(UNITS, 2026, '2026-06-30')];

  it('are the same for the same units, year and day', () => {
    expect([...demoDossierRecords(UNITS, 2026, '2026-06-30')]).toEqual(records);
  });

  it('are read by the dossier import without a refusal, none received after the day or twice', () => {
    const rows = records.map((r, i) => readDossierRecord(asText(r), i + 1, () => 'unit'));
    expect(rows.filter((r) => !r.ok)).toEqual([]);
    const read = rows.flatMap((r) => (r.ok ? [r.row] : []));
    expect(new Set(read.map((r) => r.code)).size).toBe(read.length);
    expect(read.every((r) => r.receivedOn >= '2026-01-01' && r.receivedOn <= '2026-06-30')).toBe(true);
    expect(read.every((r) => !r.endedAt || r.endedAt >= r.receivedAt)).toBe(true);
  });

  it('give a department many and a commune few, with every case the page shows', () => {
    const records = [...demoDossierRecords(UNITS, 2026, '2026-12-31')];
    const of = (name: string) => records.filter((r) => r.DonViXuLy === name);
    expect(of('Sở Tư pháp').length).toBeGreaterThan(3 * of('UBND xã Cam Lộ').length);
    const late = records.filter((r) => r.NgayKetThucXuLy && r.NgayHenTra! < r.NgayKetThucXuLy);
    expect(late.length).toBeGreaterThan(0);
    expect(late.some((r) => r.DaXinLoi === 1)).toBe(true);
    expect(late.some((r) => r.DaXinLoi === undefined)).toBe(true);
    expect(new Set(records.map((r) => r.KenhThucHien))).toEqual(new Set([1, 2, 3]));
    expect(records.some((r) => r.CoLePhi === 1 && r.DuocThanhToanTrucTuyen)).toBe(true);
    expect(records.some((r) => r.TrangThaiHoSo === 4)).toBe(true);
  });
});

describe('demo portal figures', () => {
  const sums = {
    received: 100,
    endedOnTime: 90,
    ended: 95,
    inProcess: 5,
    overdue: 2,
    lateApology: 3,
    online: 50,
    inPerson: 45,
    postal: 5,
    feeBearing: 40,
    paidOnline: 20,
    digitised: 80,
  };
  const units = [{ code: 'QT.STP', name: 'Sở Tư pháp', level: 'PROVINCE' as const, sums }];

  it('publish the formula score from the dossiers own counts, except on the rows named off it', () => {
    const figures = demoPortalFigures(units, '2026-Q1', [{ code: 'QT.STP', group: 'TTTT', by: 0.3 }]);
    expect(figures.map((f) => f.group)).toHaveLength(6);
    const checked = figures.flatMap((f) => checkPortalFigures('demo', f));
    const progress = checked.find((c) => c.checked.group === 'TDGQ')!;
    expect(progress.row.counts).toMatchObject({ totalReceived: 100, totalOnTime: 93 });
    expect(progress.checked.published).toBe(18.6);
    expect(checked.filter((c) => c.differs).map((c) => c.checked.group)).toEqual(['TTTT']);
    expect(checked.every((c) => c.checked.published !== null)).toBe(true);
  });
});
