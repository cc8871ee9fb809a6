import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMapping, readDossierRecord } from '../../../src/domain/dossiers/dossier-record.js';
import { AppError } from '../../../src/domain/errors.js';
import { detectDossierFormat, dossierRecords } from '../../../src/readers/dossiers/dossier-records.js';
import { xlsxRecords } from '../../../src/readers/dossiers/xlsx-records.js';
import { XLSX_STREAM_LIMITS } from '../../../src/readers/xlsx-rows.js';

/**
 * The XLSX dossier reader streams the sheet: the same dossiers as from CSV, JSON and NDJSON (the XLSX made
 * by LibreOffice from the CSV), Vietnamese letters whole whatever the chunking, every cell kind read, the
 * hostile-file guards kept, and memory that does not grow with the rows.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/dossiers');
const UNITS: Record<string, string> = {
  'UBND xã Cam Lộ': 'camlo',
  'UBND Phường 1 (Đông Hà)': 'dongha',
  'Sở Tư pháp': 'stp',
};
const matchUnit = (name: string) => UNITS[name] ?? null;
const fixture = async (name: string) => new Uint8Array(await readFile(join(FIXTURES, name)));
const once = (bytes: Uint8Array) =>
  (async function* () {
    yield bytes;
  })();

async function rowsOf(bytes: Uint8Array, mapping: Record<string, string> = {}) {
  const out = [];
  for await (const { row, record } of dossierRecords(detectDossierFormat(bytes), once(bytes)))
    out.push(readDossierRecord(applyMapping(record, mapping), row, matchUnit));
  return out;
}

async function recordsOf(bytes: Uint8Array, chunkSize?: number) {
  const out = [];
  for await (const record of xlsxRecords(once(bytes), { chunkSize })) out.push(record);
  return out;
}

/** A minimal ZIP writer (deflated entries), enough for hand-made workbooks. */
function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} ${R_NS}><sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': sheetXml,
    ...extra,
  });
}
const sheet = (rows: string) => `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

afterEach(() => {
  XLSX_STREAM_LIMITS.maxStreamedBytes = 4 * 1024 * 1024 * 1024;
});

describe('XLSX dossier reader, streamed', () => {
  it('gives the same dossiers as CSV, JSON and NDJSON for an XLSX made by LibreOffice from the CSV', async () => {
    const csv = await rowsOf(await fixture('sync.csv'));
    expect(csv).toHaveLength(4);
    expect(csv.every((r) => r.ok)).toBe(true);
    const xlsx = await fixture('sync.xlsx');
    expect(detectDossierFormat(xlsx)).toBe('xlsx');
    expect(await rowsOf(xlsx)).toEqual(csv);
    expect(await rowsOf(await fixture('sync.json'))).toEqual(csv);
    expect(await rowsOf(await fixture('sync.ndjson'))).toEqual(csv);
  });

  it('reads the dates of a Vietnamese Excel export (date cells) as the CSV writes them', async () => {
    const mapping = JSON.parse(await readFile(join(FIXTURES, 'vietnamese-mapping.json'), 'utf8'));
    const fromCsv = await rowsOf(await fixture('ho-so-thang-9.csv'), mapping);
    const fromXlsx = await rowsOf(await fixture('ho-so-thang-9.xlsx'), mapping);
    expect(fromXlsx).toHaveLength(300);
    // Same rows, same problems (unit names are not in this test's small directory).
    expect(fromXlsx).toEqual(fromCsv);
    const records = await recordsOf(await fixture('ho-so-thang-9.xlsx'));
    expect(records[0]!.record['Ngày tiếp nhận']).toMatch(/^202509\d{8}$/);
    expect(records[140]!.record['Ngày tiếp nhận']).toBe('31/09/2025 08:00:00');
  });

  it('keeps a Vietnamese text whole when chunk boundaries cut its letters', async () => {
    const name = 'Ủy ban nhân dân xã Đakrông, huyện Đakrông — Bộ phận tiếp nhận và trả kết quả ';
    const long = name.repeat(12);
    const bytes = workbook(sheet(`<row r="1">${inline('A1', 'Đơn vị')}</row><row r="2">${inline('A2', long)}</row>`));
    for (const chunkSize of [1, 7, 64, 1000]) {
      const records = await recordsOf(bytes, chunkSize);
      expect(records).toEqual([{ row: 2, record: { 'Đơn vị': long } }]);
    }
    // LibreOffice's own file, its letters (shared strings) cut just as often.
    const tiny = await recordsOf(await fixture('ho-so-thang-9.xlsx'), 7);
    expect(tiny).toEqual(await recordsOf(await fixture('ho-so-thang-9.xlsx')));
    expect(JSON.stringify(tiny)).not.toContain('\ufffd');
  });

  it('reads shared and inline strings, numbers, booleans, date serials, entities and sparse cells', async () => {
    const strings = `<?xml version="1.0"?><sst ${NS} count="3"><si><t>Mã</t></si><si><r><t>Ngày </t></r><r><t>nhận</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> A &amp; B &#7891;</t></si></sst>`;
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Số</t></is></c><c r="D1" t="inlineStr"><is><t>Cờ</t></is></c><c r="F1" t="inlineStr"><is><t>Ngày</t></is></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>45902.34375</v></c><c r="C3"><v>2.0250902080000E13</v></c><c r="D3" t="b"><v>1</v></c><c r="F3" s="2"><v>45902</v></c></row>' +
      '<row r="4"><c r="A4" t="str"><v>=x&lt;1</v></c><c r="C4"><v>1.5</v></c><c r="D4" t="b"><v>0</v></c></row>';
    const records = await recordsOf(workbook(sheet(rows), { 'xl/sharedStrings.xml': strings }));
    expect(records).toEqual([
      {
        row: 3,
        record: {
          Mã: ' A & B ồ',
          'Ngày nhận': '20250902081500',
          Số: '20250902080000',
          Cờ: 'true',
          Ngày: '20250902000000',
        },
      },
      { row: 4, record: { Mã: '=x<1', 'Ngày nhận': '', Số: '1.5', Cờ: 'false', Ngày: '' } },
    ]);
  });

  it('refuses a DOCTYPE, a sheet that inflates past its limit and a damaged package', async () => {
    const refusal = async (bytes: Uint8Array) => {
      try {
        await recordsOf(bytes);
      } catch (error) {
        return error instanceof AppError ? error.code : String(error);
      }
      return 'read';
    };
    const doctype = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet ${NS}><sheetData><row r="1">${inline('A1', '&a;')}</row></sheetData></worksheet>`;
    expect(await refusal(workbook(doctype))).toBe('FILE_TOO_COMPLEX');
    // A bomb: megabytes of nothing in a row, far past a lowered cap.
    XLSX_STREAM_LIMITS.maxStreamedBytes = 1024 * 1024;
    const bomb = workbook(sheet(`<row r="1">${inline('A1', 'x')}</row><row r="2">${' '.repeat(4_000_000)}</row>`));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await refusal(bomb)).toBe('FILE_TOO_LARGE');
    XLSX_STREAM_LIMITS.maxStreamedBytes = 4 * 1024 * 1024 * 1024;
    // One row longer than a row may be.
    expect(await refusal(workbook(sheet(`<row r="1">${inline('A1', 'x'.repeat(2_000_000))}</row>`)))).toBe(
      'FILE_TOO_COMPLEX',
    );
    const damaged = workbook(sheet(`<row r="1">${inline('A1', 'x')}</row>`)).slice(0, 200);
    expect(await refusal(damaged)).toBe('CORRUPT_FILE');
  });

  it('reads 200 000 rows with memory that does not grow with them', { timeout: 120_000 }, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const ROWS = 200_000;
    let sheetBytes = 0;
    // Built in a function of its own, so the sheet's text is garbage before the baseline is taken.
    const build = () => {
      const parts: string[] = [
        `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1">${inline('A1', 'MaHoSo')}${inline('B1', 'DonViXuLy')}${inline('C1', 'KenhThucHien')}${inline('D1', 'NgayTiepNhan')}</row>`,
      ];
      for (let i = 2; i <= ROWS + 1; i++)
        parts.push(
          `<row r="${i}">${inline(`A${i}`, `000.00.01.H44-250902-${String(i).padStart(7, '0')}`)}${inline(`B${i}`, 'UBND xã Cam Lộ')}<c r="C${i}"><v>2</v></c><c r="D${i}" s="1"><v>${45902 + (i % 30) + 0.34375}</v></c></row>`,
        );
      parts.push('</sheetData></worksheet>');
      const xml = parts.join('');
      sheetBytes = Buffer.byteLength(xml);
      return workbook(xml);
    };
    let bytes: Uint8Array | null = build();
    gc();
    const before = process.memoryUsage().heapUsed;
    const samples: number[] = [];
    let count = 0;
    let last = '';
    for await (const { record } of xlsxRecords(once(bytes))) {
      count += 1;
      last = record['MaHoSo']!;
      if (count % 40_000 === 0) {
        gc();
        samples.push(process.memoryUsage().heapUsed - before);
      }
    }
    bytes = null;
    expect(count).toBe(ROWS);
    expect(last).toBe(`000.00.01.H44-250902-${String(ROWS + 1).padStart(7, '0')}`);
    expect(sheetBytes).toBeGreaterThan(30 * 1024 * 1024);
    // Loose: what is held while reading stays a few MB, far below the sheet's 30+ MB, and does not climb.
    for (const held of samples) expect(held).toBeLessThan(8 * 1024 * 1024);
    expect(samples.at(-1)! - samples[0]!).toBeLessThan(2 * 1024 * 1024);
  });
});
