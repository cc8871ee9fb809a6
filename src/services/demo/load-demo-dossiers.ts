/**
 * The demo's service-quality data: a year of dossiers for the demo's departments and communes up to the day
 * the demo is loaded, imported through the same import as a province's export (read, matched to the unit
 * directory, upserted by dossier code with `dossier_daily` rebuilt), then what the national portal would
 * publish for each month, quarter and the year so far, stored through the same import as the portal's files.
 * Idempotent: a demo file already imported for the year is not imported again.
 */
import type { Database } from '../../db/client.js';
import { hasCommittedImport } from '../../db/queries/dossiers/dossier-imports.js';
import { loadDossierSums } from '../../db/queries/dossiers/dossier-sums.js';
import { loadDirectory } from '../../db/queries/units/load-directory.js';
import { demoDossierRecords, type DemoDossierUnit } from '../../domain/demo/demo-dossiers.js';
import { demoPortalFigures, type DemoPortalUnit, type DifferingRow } from '../../domain/demo/demo-service-figures.js';
import { demoYear } from '../../domain/demo/demo-timeline.js';
import { addSums, EMPTY_SUMS } from '../../domain/dossiers/dossier-figures.js';
import { periodOfSpan, type FigureSpan } from '../../domain/figures/period.js';
import { localDateOf } from '../../domain/text/format.js';
import { importDossierFileAsOperator } from '../dossiers/import-dossier-file.js';
import { importServiceFigures } from '../service-figures/import-service-figures.js';

export const DEMO_DOSSIER_SOURCE = 'Dữ liệu mẫu';
export const demoDossierFileName = (year: number) => `ho-so-tthc-mau-${year}.ndjson`;

export async function loadDemoDossiers(db: Database, now: Date): Promise<boolean> {
  const year = demoYear(now);
  const today = localDateOf(now);
  const fileName = demoDossierFileName(year);
  if (await hasCommittedImport(db, DEMO_DOSSIER_SOURCE, fileName)) return false;
  const directory = await loadDirectory(db);
  const valid = (u: { validFrom: string | null; validTo: string | null }) =>
    (u.validTo === null || u.validTo >= `${year}-01-01`) && (u.validFrom === null || u.validFrom <= today);
  const units = directory.units
    .filter((u) => (u.kind === 'department' || u.kind === 'commune') && valid(u))
    .sort((a, b) => a.code.localeCompare(b.code));
  const province = directory.units.find((u) => u.kind === 'province');

  const lines: string[] = [];
  const demoUnits: DemoDossierUnit[] = units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind as DemoDossierUnit['kind'],
  }));
  for (const record of demoDossierRecords(demoUnits, year, today)) lines.push(JSON.stringify(record));
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
  await importDossierFileAsOperator(db, {
    fileName,
    sourceName: DEMO_DOSSIER_SOURCE,
    open: async function* () {
      for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
    },
    acceptValidRows: false,
    dryRun: false,
    now,
  });

  // Two published scores off the formula, so the page's check has something to flag.
  const departments = units.filter((u) => u.kind === 'department');
  const communes = units.filter((u) => u.kind === 'commune');
  const differing: DifferingRow[] = [
    ...(departments[1] ? [{ code: departments[1].code, group: 'TDGQ' as const, by: 0.37 }] : []),
    ...(communes[0] ? [{ code: communes[0].code, group: 'MDSH' as const, by: -0.25 }] : []),
  ];
  const month = Number(today.slice(5, 7));
  const spans: { span: FigureSpan; key: string }[] = [
    ...Array.from({ length: month }, (_, i) => ({
      span: `m${i + 1}` as FigureSpan,
      key: `${year}-${String(i + 1).padStart(2, '0')}`,
    })),
    ...Array.from({ length: Math.ceil(month / 3) }, (_, i) => ({
      span: `q${i + 1}` as FigureSpan,
      key: `${year}-Q${i + 1}`,
    })),
    { span: 'year', key: String(year) },
  ];
  for (const { span, key } of spans) {
    const period = periodOfSpan(year, span);
    const sums = await loadDossierSums(
      db,
      units.map((u) => u.id),
      { from: period.from, to: period.to < today ? period.to : today },
    );
    const portalUnits: DemoPortalUnit[] = units.map((u) => ({
      code: u.code,
      name: u.name,
      level: u.kind === 'commune' ? 'COMMUNE' : 'PROVINCE',
      sums: sums.get(u.id) ?? null,
    }));
    if (province)
      portalUnits.unshift({
        code: province.code,
        name: province.name,
        level: 'PROVINCE',
        parent: true,
        sums: [...sums.values()].reduce(addSums, EMPTY_SUMS),
      });
    const latest = span === 'year' || key === `${year}-Q${Math.ceil(month / 3)}`;
    const figures = demoPortalFigures(portalUnits, key, latest ? differing : []);
    await importServiceFigures(db, {
      period: key,
      files: figures.map((f) => ({ file: `du-lieu-mau/${key}/${f.group}.json`, figures: f })),
      now,
    });
  }
  return true;
}
