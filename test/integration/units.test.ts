import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units } from '../../src/db/schema/index.js';
import { readCsv } from '../../src/readers/tabular.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

let api: TestApi;
let coordinator: Client;
beforeAll(async () => {
  api = await createTestApi();
  coordinator = await api.signIn('snv.cchc');
});
afterAll(() => api.close());

const json = async (response: Response) => ({ status: response.status, body: await body(response) });
const unitByCode = async (code: string) => (await api.database.db.select().from(units).where(eq(units.code, code)))[0]!;

describe('the unit directory', () => {
  it('finds units without diacritics, by short name, and tolerates a typo', async () => {
    const names = async (q: string) =>
      (await json(await coordinator.get(`/api/units?q=${encodeURIComponent(q)}`))).body.items.map(
        (u: { name: string }) => u.name,
      );
    expect((await names('so tu phap'))[0]).toBe('Sở Tư pháp');
    expect((await names('Sở TTTT'))[0]).toBe('Sở Thông tin và Truyền thông');
    expect(await names('dong ha')).toContain('UBND phường Đông Hà');
    expect((await names('Sở Nôi vụ'))[0]).toBe('Sở Nội vụ');
  });

  it('refuses a search longer than the search field takes, naming the field and its limit, on every searchable list', async () => {
    const long = encodeURIComponent('sở '.repeat(100));
    for (const path of ['/api/units', '/api/users', '/api/assignments']) {
      const answer = await json(await coordinator.get(`${path}?q=${long}`));
      expect(answer.status, path).toBe(400);
      expect(answer.body.message, path).toMatch(/Tìm kiếm.*tối đa 200 ký tự/);
    }
    expect((await coordinator.get(`/api/units?q=${encodeURIComponent('s'.repeat(200))}`)).status).toBe(200);
  });

  it('reads unit names as plans write them, following merged units to their successors', async () => {
    const match = (
      await json(
        await coordinator.get(
          `/api/units/match?text=${encodeURIComponent('Sở TTTT; Văn phòng UBND tỉnh và UBND cấp xã')}&asOf=2025-08-01`,
        ),
      )
    ).body;
    expect(match.units.map((u: { name: string }) => u.name)).toEqual(['Sở TTTT', 'Văn phòng UBND tỉnh', 'UBND cấp xã']);
    const [tttt, vp, communes] = match.units;
    expect(tttt.unitId).toBe((await unitByCode('QT.SKHCN')).id);
    expect(tttt.note).toContain('Sở Khoa học và Công nghệ');
    expect(vp).toMatchObject({ unitId: (await unitByCode('QT.VP')).id, group: false });
    expect(communes).toMatchObject({ group: true });
    expect(match.units.every((u: { confidence: number }) => u.confidence > 0.75)).toBe(true);
  });

  it('paginates and filters by kind and validity date', async () => {
    const page = (await json(await coordinator.get('/api/units?kind=department&pageSize=5&page=2'))).body;
    expect(page.items).toHaveLength(5);
    expect(page.page).toBe(2);
    expect(page.total).toBe(21);
    const before = (
      await json(await coordinator.get('/api/units?kind=department&validAt=2025-01-15&pageSize=200'))
    ).body.items.map((u: { name: string }) => u.name);
    const after = (
      await json(await coordinator.get('/api/units?kind=department&validAt=2025-08-01&pageSize=200'))
    ).body.items.map((u: { name: string }) => u.name);
    expect(before).toContain('Sở Thông tin và Truyền thông');
    expect(after).not.toContain('Sở Thông tin và Truyền thông');
    expect(after).toContain('Sở Nông nghiệp và Môi trường');
  });

  it('shows the 2025 mergers as successor and predecessor links', async () => {
    const stttt = await unitByCode('QT.STTTT');
    const detail = (await json(await coordinator.get(`/api/units/${stttt.id}`))).body;
    expect(detail.validTo).toBe('2025-02-28');
    expect(detail.successors).toEqual([
      expect.objectContaining({ unitName: 'Sở Khoa học và Công nghệ', kind: 'merge', effectiveOn: '2025-03-01' }),
    ]);
    const snnmt = await unitByCode('QT.SNNMT');
    const merged = (await json(await coordinator.get(`/api/units/${snnmt.id}`))).body;
    expect(merged.predecessors.map((p: { unitName: string }) => p.unitName).sort()).toEqual([
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
    ]);
  });

  it('creates and edits a unit with an audit record, and refuses a stale version', async () => {
    const root = await unitByCode('QT');
    const created = await json(
      await coordinator.send('POST', '/api/units', {
        code: 'QT.SNGV',
        parentId: root.id,
        kind: 'department',
        level: 'province',
        name: 'Sở Ngoại vụ',
        shortNames: ['SNgV'],
      }),
    );
    expect(created.status).toBe(201);
    const edited = await json(
      await coordinator.send('PATCH', `/api/units/${created.body.id}`, { version: 1, aliases: ['Sở Ngoại vụ tỉnh'] }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await json(
      await coordinator.send('PATCH', `/api/units/${created.body.id}`, { version: 1, name: 'Tên cũ đè lên' }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.message).toMatch(/tải lại/i);
    const audit = await api.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.body.id));
    expect(audit.map((a) => a.action)).toEqual(['unit.create', 'unit.update']);
    expect(audit[1]!.before).toMatchObject({ aliases: [] });
    expect(audit[1]!.after).toMatchObject({ aliases: ['Sở Ngoại vụ tỉnh'] });
    const duplicate = await json(
      await coordinator.send('POST', '/api/units', {
        code: 'QT.SNGV',
        parentId: null,
        kind: 'other',
        level: 'province',
        name: 'Trùng mã',
      }),
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('DUPLICATE_CODE');
  });

  it('changes only the fields an update sends', async () => {
    const stp = await unitByCode('QT.STP');
    const renamed = await json(
      await coordinator.send('PATCH', `/api/units/${stp.id}`, {
        version: stp.version,
        aliases: ['Sở Tư pháp tỉnh Quảng Trị'],
      }),
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Sở Tư pháp',
      shortNames: ['STP'],
      aliases: ['Sở Tư pháp tỉnh Quảng Trị'],
    });
    const stttt = await unitByCode('QT.STTTT');
    const kept = await json(
      await coordinator.send('PATCH', `/api/units/${stttt.id}`, {
        version: stttt.version,
        name: 'Sở Thông tin và Truyền thông',
      }),
    );
    expect(kept.body).toMatchObject({ validTo: '2025-02-28', shortNames: ['Sở TTTT', 'Sở TT&TT'] });
  });

  it('refuses a parent that would make a cycle', async () => {
    const district = await unitByCode('QT.CAMLO');
    const commune = await unitByCode('QT.CAMLO.TT');
    const cycle = await json(
      await coordinator.send('PATCH', `/api/units/${district.id}`, { version: district.version, parentId: commune.id }),
    );
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('UNIT_CYCLE');
  });

  it('archives with a reason instead of deleting, and keeps the record', async () => {
    const root = await unitByCode('QT');
    const created = (
      await json(
        await coordinator.send('POST', '/api/units', {
          code: 'QT.TAM',
          parentId: root.id,
          kind: 'other',
          level: 'province',
          name: 'Tổ công tác tạm thời',
        }),
      )
    ).body;
    const noReason = await coordinator.send('POST', `/api/units/${created.id}/archive`, { reason: '' });
    expect(noReason.status).toBe(400);
    const archived = await json(
      await coordinator.send('POST', `/api/units/${created.id}/archive`, {
        reason: 'Giải thể theo Quyết định 12/QĐ-UBND',
      }),
    );
    expect(archived.body.archived).toBe(true);
    expect(await unitByCode('QT.TAM')).toBeTruthy();
    const [entry] = await api.database.db.select().from(auditLog).where(eq(auditLog.action, 'unit.archive'));
    expect(entry!.reason).toBe('Giải thể theo Quyết định 12/QĐ-UBND');
  });

  it('records a succession and ends the old unit the day before', async () => {
    const old = (
      await json(
        await coordinator.send('POST', '/api/units', {
          code: 'QT.OLD',
          parentId: null,
          kind: 'other',
          level: 'province',
          name: 'Chi cục cũ',
        }),
      )
    ).body;
    const successor = await unitByCode('QT.SNV');
    const result = await json(
      await coordinator.send('POST', `/api/units/${old.id}/successions`, {
        toId: successor.id,
        kind: 'merge',
        effectiveOn: '2025-03-01',
      }),
    );
    expect(result.status).toBe(200);
    expect(result.body.validTo).toBe('2025-02-28');
    expect(result.body.successors[0].unitName).toBe('Sở Nội vụ');
  });
});

describe('importing and exporting the directory', () => {
  it('rejects a file with row errors as a whole, naming each row, and writes nothing', async () => {
    const before = (await api.database.db.select().from(units)).length;
    const csv = [
      'Mã đơn vị,Mã cấp trên,Loại,Cấp,Tên đơn vị',
      'QT.NEW1,QT,Sở, ban, ngành,Cấp tỉnh,Sở mới hợp lệ',
      'QT.NEW2,KHONGCO,department,province,Sở có cấp trên không tồn tại',
      'QT.NEW3,QT,phòng,province,Loại sai',
      'QT.NEW1,QT,department,province,Trùng mã',
    ].join('\n');
    const quoted = csv.replace('Sở, ban, ngành', '"Sở, ban, ngành"');
    const response = await json(await coordinator.upload('/api/units/import', new Blob([quoted]), 'don-vi.csv'));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('IMPORT_ROWS_INVALID');
    const errors = response.body.details.errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => e.row).sort()).toEqual([4, 5]);
    expect(errors.find((e) => e.row === 4)!.message).toContain('Loại "phòng" không hợp lệ');
    expect((await api.database.db.select().from(units)).length).toBe(before);

    const secondPass = csv
      .replace('Sở, ban, ngành', '"Sở, ban, ngành"')
      .split('\n')
      .filter((line) => !line.includes('NEW3') && !line.includes('Trùng mã'))
      .join('\n');
    const missingParent = await json(
      await coordinator.upload('/api/units/import', new Blob([secondPass]), 'don-vi.csv'),
    );
    expect(missingParent.status).toBe(422);
    expect(missingParent.body.details.errors[0]).toMatchObject({ row: 3, message: expect.stringContaining('KHONGCO') });
    expect((await api.database.db.select().from(units)).length).toBe(before);
  });

  it('round-trips: an exported CSV imports back unchanged, and a dry run writes nothing', async () => {
    const exported = await coordinator.get('/api/units/export?format=csv');
    expect(exported.headers.get('content-disposition')).toContain('danh-muc-don-vi.csv');
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const total = (await api.database.db.select().from(units)).length;
    const result = await json(await coordinator.upload('/api/units/import', new Blob([bytes]), 'export.csv'));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ created: 0, updated: 0, unchanged: total });

    const edited = new TextDecoder().decode(bytes).replace('Sở Tư pháp,STP', 'Sở Tư pháp,STP; Sở TP');
    const dry = await json(await coordinator.upload('/api/units/import?dryRun=true', new Blob([edited]), 'export.csv'));
    expect(dry.body).toMatchObject({ dryRun: true, updated: 1 });
    expect((await unitByCode('QT.STP')).shortNames).toEqual(['STP']);
    await coordinator.upload('/api/units/import', new Blob([edited]), 'export.csv');
    expect((await unitByCode('QT.STP')).shortNames).toEqual(['STP', 'Sở TP']);
  });

  it('exports an XLSX that another reader opens with the same rows, and imports it back', async () => {
    const response = await coordinator.get('/api/units/export?format=xlsx');
    const bytes = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã đơn vị');
    const total = (await api.database.db.select().from(units)).length;
    expect(sheet.actualRowCount).toBe(total + 1);
    const names: string[] = [];
    sheet.eachRow((row, n) => n > 1 && names.push(String(row.getCell(5).value)));
    expect(names).toContain('Sở Văn hóa, Thể thao và Du lịch');
    const back = await json(await coordinator.upload('/api/units/import', new Blob([bytes]), 'x.xlsx'));
    expect(back.body).toMatchObject({ created: 0, updated: 0 });
  });

  it('writes no cell a spreadsheet would run as a formula, and such a unit imports back unchanged', async () => {
    const hostile = {
      code: 'QT.CONGTHUC',
      parentId: null,
      kind: 'other',
      level: 'province',
      name: '=HYPERLINK("http://evil.example/","click")',
      shortNames: ['+cmd', '@SUM(A1)'],
      aliases: ['-2+3'],
    };
    expect((await coordinator.send('POST', '/api/units', hostile)).status).toBe(201);
    const formulaLike = (cell: string) => /^[=+\-@\t\r]./.test(cell);

    const csv = new Uint8Array(await (await coordinator.get('/api/units/export?format=csv')).arrayBuffer());
    const table = readCsv(new TextDecoder().decode(csv).replace(/^\uFEFF/, ''));
    expect(table.rows.flat().filter(formulaLike)).toEqual([]);
    const row = table.rows.find((r) => r[0] === 'QT.CONGTHUC')!;
    expect(row[4]).toBe(`'${hostile.name}`);

    const xlsx = Buffer.from(await (await coordinator.get('/api/units/export?format=xlsx')).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as never);
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((r) =>
      r.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))),
    );
    expect(texts.filter(formulaLike)).toEqual([]);
    expect(texts).toContain(`'${hostile.name}`);

    for (const [bytes, name] of [
      [csv, 'don-vi.csv'],
      [xlsx, 'don-vi.xlsx'],
    ] as const) {
      const back = await json(await coordinator.upload('/api/units/import', new Blob([bytes]), name));
      expect(back.body, name).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await unitByCode('QT.CONGTHUC')).toMatchObject({
      name: hostile.name,
      shortNames: hostile.shortNames,
      aliases: hostile.aliases,
    });
  });

  it('says clearly when a file is not CSV or Excel, or is empty', async () => {
    const binary = await json(
      await coordinator.upload('/api/units/import', new Blob([new Uint8Array([0, 1, 2, 3, 0])]), 'x.csv'),
    );
    expect(binary.status).toBe(415);
    expect(binary.body.message).toMatch(/CSV|Excel/);
    const empty = await json(await coordinator.upload('/api/units/import', new Blob([]), 'x.csv'));
    expect(empty.body.code).toBe('EMPTY_FILE');
    const brokenZip = await json(
      await coordinator.upload('/api/units/import', new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])]), 'x.xlsx'),
    );
    expect(brokenZip.body.code).toBe('CORRUPT_FILE');
  });

  it('lists the standard groups with their current members', async () => {
    const groups = (await json(await coordinator.get('/api/unit-groups?asOf=2025-08-01'))).body as {
      name: string;
      memberCount: number;
    }[];
    const count = (name: string) => groups.find((g) => g.name === name)!.memberCount;
    expect(count('UBND cấp xã')).toBe(17);
    expect(count('UBND cấp huyện')).toBe(0);
  });
});
