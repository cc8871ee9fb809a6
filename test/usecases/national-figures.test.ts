/**
 * The Ministry's national view (issue #17.5): an installation holding two provinces, the Ministry's officer reads
 * every province's figures side by side — each exactly as that province's own figures page combines them — and the
 * country's, combined from the same counts (Σ numerator / Σ denominator, never a mean of percentages); the national
 * consolidated workbook holds the same numbers, read back by LibreOffice. Nobody of a province reads it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_KEYS, figureDefinition, type FigureKey } from '../../src/domain/figures/catalogue.js';
import { indexFigures } from '../../src/domain/figures/index-figures.js';
import { periodOfSpan } from '../../src/domain/figures/period.js';
import type { FigureValue } from '../../src/domain/figures/values.js';
import { localDateOf } from '../../src/domain/text/format.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemoSecondProvince } from '../../src/services/demo/load-demo-second-province.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { exportNationalReport } from '../../src/services/national/export-national-report.js';
import { getNationalFigures } from '../../src/services/national/get-national-figures.js';
import { createRegisterEntry } from '../../src/services/registers/create-register-entry.js';
import { unitIdOf } from '../support/actors.js';
import { convert, findSoffice, hasCalc } from '../support/libreoffice.js';
import { commitQuangTriPlanAs } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let ministry: ServiceContext;
let quangTri: ServiceContext;
let haTinh: ServiceContext;
let year: number;

const course = (startOn: string, participants: number) => ({
  startOn,
  topic: 'Kỹ năng giải quyết thủ tục hành chính',
  form: 'training',
  level: 'commune',
  participants,
});

beforeAll(async () => {
  world = await openUseCaseWorld();
  await loadDemoSecondProvince(world.database.db, { now: world.clock.now });
  ministry = await world.actingAs('ministry', 'BNV');
  quangTri = await world.actingAs('coordinator', 'QT.SNV');
  haTinh = await world.actingAs('coordinator', 'HT.SNV');
  await commitQuangTriPlanAs(quangTri);
  const today = localDateOf(world.clock.now);
  year = Number(today.slice(0, 4));
  const { db } = world.database;
  // Training courses in both provinces: counts the country adds up.
  for (const [code, participants] of [
    ['QT.STP', 30],
    ['QT.SXD', 20],
    ['HT.STP', 25],
  ] as const)
    await createRegisterEntry(await world.actingAs('reporter', code), 'training-courses', {
      unitId: await unitIdOf(db, code),
      fields: course(today, participants),
    });
}, 180_000);
afterAll(() => world?.close());

const valueOf = (values: readonly FigureValue[], key: FigureKey) => values.find((v) => v.key === key)!;

describe('the national figures', () => {
  it('give each province its own page’s figures, and the country’s from the same counts', async () => {
    const view = await getNationalFigures(ministry, { year, span: 'year' });
    expect(view.provinces.map((p) => p.code)).toEqual(['HT', 'QT']);
    const [ht, qt] = view.provinces as [(typeof view.provinces)[0], (typeof view.provinces)[0]];

    expect(valueOf(qt.values, 'registers.training_courses').value).toBe(2);
    expect(valueOf(ht.values, 'registers.training_courses').value).toBe(1);
    expect(valueOf(view.national, 'registers.training_participants').value).toBe(75);

    // Each province's row is what its own coordinator's figures page shows.
    const period = periodOfSpan(year, 'year');
    for (const [row, own] of [
      [qt, quangTri],
      [ht, haTinh],
    ] as const) {
      const page = await computeFigures(own, { scope: { level: 'province' }, period });
      for (const key of FIGURE_KEYS) {
        const [shown, theirs] = [valueOf(row.values, key), valueOf(page.values, key)];
        expect([key, shown.value, shown.numerator, shown.denominator]).toEqual([
          key,
          theirs.value,
          theirs.numerator,
          theirs.denominator,
        ]);
      }
    }

    // The country: rates are Σ numerator / Σ denominator of the provinces' units; counts their sums.
    const indexKeys = new Set<string>(indexFigures.map((f) => f.key));
    let rates = 0;
    for (const key of FIGURE_KEYS) {
      const country = valueOf(view.national, key);
      const parts = [valueOf(qt.values, key), valueOf(ht.values, key)];
      const kind = figureDefinition(key).kind;
      if (indexKeys.has(key) || kind === 'score') {
        expect([key, country.value]).toEqual([key, null]);
      } else if (kind === 'rate') {
        const counted = parts.filter((p) => p.denominator !== null && p.denominator > 0);
        if (counted.length === 0) continue;
        rates++;
        expect([key, country.numerator]).toEqual([key, counted.reduce((s, p) => s + p.numerator!, 0)]);
        expect([key, country.denominator]).toEqual([key, counted.reduce((s, p) => s + p.denominator!, 0)]);
      } else {
        const known = parts.filter((p) => p.value !== null);
        expect([key, country.value]).toEqual([key, known.length ? known.reduce((s, p) => s + p.value!, 0) : null]);
      }
    }
    expect(rates).toBeGreaterThan(0);
  });

  it('are read by the Ministry only: a province’s coordinator, leader and reporter are refused', async () => {
    for (const who of [
      quangTri,
      haTinh,
      await world.actingAs('leader', 'QT'),
      await world.actingAs('reporter', 'HT.STP'),
      await world.actingAs('appraiser', 'QT.SNV'),
    ])
      await expect(getNationalFigures(who, { year, span: 'year' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reach every province for the Ministry’s officer, and a ministry account cannot belong to a province', async () => {
    const { listUnits } = await import('../../src/services/units/list-units.js');
    const codes = (await listUnits(ministry, { page: 1, pageSize: 500, includeArchived: false })).items.map(
      (u) => u.code,
    );
    expect(codes).toEqual(expect.arrayContaining(['QT.STP', 'HT.STP', 'BNV']));
    const { createUser } = await import('../../src/services/users/create-user.js');
    await expect(
      createUser(await world.actingAs('admin'), {
        username: 'bonoivu.sai',
        displayName: 'Tài khoản sai',
        role: 'ministry',
        unitId: await unitIdOf(world.database.db, 'QT.SNV'),
        email: null,
        password: 'Mat-khau-du-dai-2026',
      }),
    ).rejects.toMatchObject({ code: 'MINISTRY_UNIT_IN_PROVINCE' });
  });
});

describe('the national consolidated workbook', () => {
  const soffice = findSoffice();
  it.runIf(soffice !== null && hasCalc())(
    'holds the country’s and each province’s figures, read back by LibreOffice',
    async () => {
      const keys: FigureKey[] = ['registers.training_courses', 'activities.completion_rate'];
      const file = await exportNationalReport(ministry, { year, span: 'year', keys });
      expect(file.fileName).toMatch(/^Báo cáo tổng hợp CCHC toàn quốc.*\.xlsx$/);
      const dir = mkdtempSync(join(tmpdir(), 'cchc-national-'));
      try {
        const path = join(dir, 'toan-quoc.xlsx');
        writeFileSync(path, file.bytes);
        const [csv] = convert(soffice!, [path], dir, 'csv:Text - txt - csv (StarCalc):44,34,76');
        const lines = readFileSync(csv!, 'utf8').split(/\r?\n/);
        expect(lines[0]).toMatch(/^Báo cáo tổng hợp công tác cải cách hành chính toàn quốc/);
        const view = await getNationalFigures(ministry, { year, span: 'year', keys });
        const completion = valueOf(view.national, 'activities.completion_rate').value;
        const row = (name: string) => lines.find((line) => line.startsWith(`${name},`));
        // In the catalogue's order: the completion rate (as shown, two decimals), then the courses.
        const percent = `${completion!.toFixed(2).replace('.', '[.,]')}%`;
        expect(row('Toàn quốc')).toMatch(new RegExp(`^Toàn quốc,${percent},3$`));
        expect(row('UBND tỉnh Quảng Trị')).toMatch(/^UBND tỉnh Quảng Trị,[\d.,]+%,2$/);
        expect(row('UBND tỉnh Hà Tĩnh')).toMatch(/^UBND tỉnh Hà Tĩnh,,1$/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
