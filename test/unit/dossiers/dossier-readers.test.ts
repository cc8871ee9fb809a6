import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyMapping, readDossierDate, readDossierRecord } from '../../../src/domain/dossiers/dossier-record.js';
import { detectDossierFormat, dossierRecords } from '../../../src/readers/dossiers/dossier-records.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/dossiers');
const UNITS: Record<string, string> = {
  'UBND xã Cam Lộ': 'camlo',
  'UBND Phường 1 (Đông Hà)': 'dongha',
  'Sở Tư pháp': 'stp',
};
const matchUnit = (name: string) => UNITS[name] ?? null;

/** Feeds the bytes in small pieces, so records, quotes and multi-byte letters are cut across chunks. */
async function* inPieces(bytes: Uint8Array, size = 7) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Uint8Array, mapping: Record<string, string> = {}) {
  const format = detectDossierFormat(bytes);
  const readings = [];
  for await (const { row, record } of dossierRecords(format, inPieces(bytes)))
    readings.push(readDossierRecord(applyMapping(record, mapping), row, matchUnit));
  return { format, readings };
}

const fixture = async (name: string) => new Uint8Array(await readFile(join(FIXTURES, name)));
const rowsOf = (readings: Awaited<ReturnType<typeof readAll>>['readings']) =>
  readings.map((r) => (r.ok ? r.row : r.problems));

async function xlsxOf(csvName: string): Promise<Uint8Array> {
  const text = await readFile(join(FIXTURES, csvName), 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hồ sơ');
  for (const line of text.trim().split('\n')) sheet.addRow(line.split(',').map((v) => v.replace(/^"|"$/g, '')));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('dossier readers', () => {
  it('read the same four dossiers from CSV, JSON, NDJSON, XLSX and a mapped Vietnamese-header CSV', async () => {
    const csv = await readAll(await fixture('sync.csv'));
    expect(csv.format).toBe('csv');
    expect(csv.readings.every((r) => r.ok)).toBe(true);
    const expected = rowsOf(csv.readings);
    expect(expected).toHaveLength(4);

    const json = await readAll(await fixture('sync.json'));
    const ndjson = await readAll(await fixture('sync.ndjson'));
    const xlsx = await readAll(await xlsxOf('sync.csv'));
    const mapping = JSON.parse(await readFile(join(FIXTURES, 'vietnamese-mapping.json'), 'utf8'));
    const vietnamese = await readAll(await fixture('vietnamese.csv'), mapping);
    expect([json.format, ndjson.format, xlsx.format]).toEqual(['json', 'json', 'xlsx']);
    expect(rowsOf(json.readings)).toEqual(expected);
    expect(rowsOf(ndjson.readings)).toEqual(expected);
    expect(rowsOf(xlsx.readings)).toEqual(expected);
    expect(rowsOf(vietnamese.readings)).toEqual(expected);
  });

  it('reads the facts of a dossier as meant', async () => {
    const [first, second, third, fourth] = rowsOf((await readAll(await fixture('sync.csv'))).readings) as never[];
    expect(first).toMatchObject({
      code: '000.00.01.H44-250902-0001',
      unitId: 'camlo',
      channel: 2,
      receivedOn: '2025-09-02',
      // 08:15 in Vietnam is 01:15 UTC.
      receivedAt: new Date('2025-09-02T01:15:00Z'),
      endedAt: new Date('2025-09-04T03:00:00Z'),
      digitised: true,
      paidOnline: true,
      feeBearing: true,
      lateApology: null,
    });
    expect(second).toMatchObject({ lateApology: true, feeBearing: false, paidOnline: false });
    expect(third).toMatchObject({ channel: 3, endedAt: null, paidOnline: true });
    // Refused: the end of processing is the refusal.
    expect(fourth).toMatchObject({ endedAt: new Date('2025-09-16T02:00:00Z'), unitId: 'stp' });
  });

  it('lists every problem of a row with its row number and field', async () => {
    const { readings } = await readAll(await fixture('bad.csv'));
    expect(readings[0]!.ok).toBe(true);
    expect(readings[1]).toEqual({ ok: false, problems: [{ row: 3, field: 'MaHoSo', reason: 'thiếu mã hồ sơ' }] });
    const third = readings[2]!;
    expect(third.ok).toBe(false);
    expect(third.ok ? [] : third.problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'DonViXuLy'],
      [4, 'KenhThucHien'],
      [4, 'NgayTiepNhan'],
    ]);
  });

  it('reads the three date forms as Vietnam time and refuses days that do not exist', () => {
    const at = new Date('2025-09-02T01:15:00Z');
    expect(readDossierDate('20250902081500')).toEqual(at);
    expect(readDossierDate('02/09/2025 08:15')).toEqual(at);
    expect(readDossierDate('2025-09-02T08:15:00')).toEqual(at);
    expect(readDossierDate('20250231000000')).toBeUndefined();
    expect(readDossierDate('hôm qua')).toBeUndefined();
  });

  it('reads a JSON record cut off by a broken object as a problem of its own row, not the file', async () => {
    const bytes = new TextEncoder().encode('{"MaHoSo":"A"}\n{"MaHoSo": tru}\n');
    const out = [];
    for await (const r of dossierRecords('json', inPieces(bytes))) out.push(r);
    expect(out.map((r) => r.row)).toEqual([1, 2]);
    expect(out[1]!.record).toEqual({ __unreadable__: '1' });
  });
});
