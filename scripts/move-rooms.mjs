#!/usr/bin/env node
/**
 * Moves files into rooms named for what they hold (issue #10, item 4) and rewrites every path that
 * named them: relative import/export specifiers, dynamic imports, vi.mock, `new URL('…', import.meta.url)`
 * (worker entry points, seed files), and path mentions in docs, README, CI and tool configs.
 *
 * Written as a script, not done by hand, because many branches edit the same files at once: the lead
 * merges them first and runs this on the merged tree. It is idempotent: a file already moved is skipped,
 * and a specifier already pointing at the new place is left alone, so a second run changes nothing.
 *
 *   node scripts/move-rooms.mjs            move and rewrite
 *   node scripts/move-rooms.mjs --dry-run  only say what it would do (each move, and the counts)
 *   node scripts/move-rooms.mjs --verbose  move, and name each move
 *
 * Plain Node, no dependency: the specifiers are found with regular expressions over the few forms this
 * code base uses, and every rewrite is checked by `npm run typecheck`, lint and the tests afterwards.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DRY = process.argv.includes('--dry-run');
const VERBOSE = DRY || process.argv.includes('--verbose');

/**
 * Whole directories that change name: every file under the old one moves to the same place under the new
 * one (files added there later by other branches too). Paths are from the repository root.
 */
const DIRECTORIES = [
  // Writers of files people take away (DOCX, XLSX, CSV) — "reports" meant three things.
  ['src/reports/', 'src/writers/'],
  // Readers of files people bring (CSV/XLSX tables, plan documents, criteria, survey points).
  ['src/import/', 'src/readers/'],
  // Pure rules that consolidate the units' figures, for the consolidated report and the dashboard.
  ['src/domain/reports/', 'src/domain/consolidation/'],
];

/** Single files. Directories that are split between several rooms are listed file by file. */
const FILES = [
  // --- contracts: the cchc.plan/v1 file format beside the plans API
  ['src/contracts/plan.ts', 'src/contracts/plan-file.ts'],

  // --- services/reports: the consolidated report and the dashboard get rooms of their own;
  //     a unit's report as Word belongs with reporting.
  [
    'src/services/reports/build-consolidated-report.ts',
    'src/services/consolidated-report/build-consolidated-report.ts',
  ],
  ['src/services/reports/download-report-build.ts', 'src/services/consolidated-report/download-report-build.ts'],
  ['src/services/reports/get-report-draft.ts', 'src/services/consolidated-report/get-report-draft.ts'],
  ['src/services/reports/list-report-builds.ts', 'src/services/consolidated-report/list-report-builds.ts'],
  [
    'src/services/reports/request-consolidated-report.ts',
    'src/services/consolidated-report/request-consolidated-report.ts',
  ],
  ['src/services/reports/save-report-draft.ts', 'src/services/consolidated-report/save-report-draft.ts'],
  ['src/services/reports/get-dashboard.ts', 'src/services/dashboard/get-dashboard.ts'],
  ['src/services/reports/export-dashboard.ts', 'src/services/dashboard/export-dashboard.ts'],
  ['src/services/reports/activity-drill-down.ts', 'src/services/dashboard/activity-drill-down.ts'],
  ['src/services/reports/export-unit-report.ts', 'src/services/reporting/export-unit-report.ts'],
  ['src/services/reports/period-dataset.ts', 'src/db/queries/consolidation/period-dataset.ts'],
  ['src/services/reports/dataset-cache.ts', 'src/db/queries/consolidation/dataset-cache.ts'],
  ['src/services/reports/draft-defaults.ts', 'src/db/queries/consolidated-report/draft-defaults.ts'],
  ['src/services/reports/report-texts.ts', 'src/db/queries/consolidated-report/report-texts.ts'],
  ['src/services/reports/dashboard-scope.ts', 'src/db/queries/dashboard/dashboard-scope.ts'],

  // --- readers run off the event loop, and the readers that services used to hold
  ['src/services/files/read-upload.ts', 'src/readers/read-upload.ts'],
  ['src/services/files/read-upload-worker.ts', 'src/readers/read-upload-worker.ts'],
  ['src/services/plans/parse-plan-document.ts', 'src/readers/parse-plan-document.ts'],
  ['src/services/units/read-directory-file.ts', 'src/readers/read-directory-file.ts'],

  // --- passwords and session tokens: crypto and the password list, used by several use cases
  ['src/services/auth/password-hash.ts', 'src/security/password-hash.ts'],
  ['src/services/auth/password-policy.ts', 'src/security/password-policy.ts'],
  ['src/services/auth/session-token.ts', 'src/security/session-token.ts'],

  // --- pure pieces into the domain
  ['src/services/scoring/leaf-entry-check.ts', 'src/domain/scoring/leaf-entry-check.ts'],
  // a workflow refusal, and a cancelled assignment, as the catalogue's errors: no database, no clock
  ['src/services/reporting/report-refused.ts', 'src/domain/reporting/report-refused.ts'],
  ['src/services/reporting/cancelled-assignment.ts', 'src/domain/reporting/cancelled-assignment.ts'],
  ['src/services/demo/demo-timeline.ts', 'src/domain/demo/demo-timeline.ts'],

  // --- the demo loaders together
  ['src/services/scoring/load-demo-scoring.ts', 'src/services/demo/load-demo-scoring.ts'],

  // --- database queries and writes shared by use cases, beside the schema
  ['src/services/audit/record-audit.ts', 'src/db/queries/audit/record-audit.ts'],
  ['src/services/files/store-upload.ts', 'src/db/queries/files/store-upload.ts'],
  ['src/services/jobs/job-queue.ts', 'src/db/queries/jobs/job-queue.ts'],
  ['src/services/notifications/notify.ts', 'src/db/queries/notifications/notify.ts'],
  ['src/services/plans/plan-summary.ts', 'src/db/queries/plans/plan-summary.ts'],
  ['src/services/plans/plan-import-rows.ts', 'src/db/queries/plans/plan-import-rows.ts'],
  ['src/services/reporting/assignment-queries.ts', 'src/db/queries/reporting/assignment-queries.ts'],
  ['src/services/reporting/check-report-content.ts', 'src/db/queries/reporting/check-report-content.ts'],
  ['src/services/reporting/coordinator-value.ts', 'src/db/queries/reporting/coordinator-value.ts'],
  ['src/services/reporting/indicator-value-view.ts', 'src/db/queries/reporting/indicator-value-view.ts'],
  ['src/services/reporting/materialise-plan.ts', 'src/db/queries/reporting/materialise-plan.ts'],
  ['src/services/reporting/period-summary.ts', 'src/db/queries/reporting/period-summary.ts'],
  ['src/services/reporting/report-context.ts', 'src/db/queries/reporting/report-context.ts'],
  ['src/services/scoring/compute-round-results.ts', 'src/db/queries/scoring/compute-round-results.ts'],
  ['src/services/scoring/criteria-set-row.ts', 'src/db/queries/scoring/criteria-set-row.ts'],
  ['src/services/scoring/criteria-set-view.ts', 'src/db/queries/scoring/criteria-set-view.ts'],
  ['src/services/scoring/entry-write.ts', 'src/db/queries/scoring/entry-write.ts'],
  ['src/services/scoring/review-scope.ts', 'src/db/queries/scoring/review-scope.ts'],
  ['src/services/scoring/round-data.ts', 'src/db/queries/scoring/round-data.ts'],
  ['src/services/scoring/round-view.ts', 'src/db/queries/scoring/round-view.ts'],
  ['src/services/scoring/round-write.ts', 'src/db/queries/scoring/round-write.ts'],
  ['src/services/scoring/stage-entries.ts', 'src/db/queries/scoring/stage-entries.ts'],
  ['src/services/scoring/store-criteria-set.ts', 'src/db/queries/scoring/store-criteria-set.ts'],
  ['src/services/scoring/unit-evidence.ts', 'src/db/queries/scoring/unit-evidence.ts'],
  ['src/services/scoring/document-header.ts', 'src/db/queries/units/document-header.ts'],
  ['src/services/system/tables.ts', 'src/db/queries/system/tables.ts'],
  ['src/services/units/check-parent.ts', 'src/db/queries/units/check-parent.ts'],
  ['src/services/units/ensure-default-groups.ts', 'src/db/queries/units/ensure-default-groups.ts'],
  ['src/services/units/load-directory.ts', 'src/db/queries/units/load-directory.ts'],
  ['src/services/units/unit-detail.ts', 'src/db/queries/units/unit-detail.ts'],
  ['src/services/units/unit-mapping.ts', 'src/db/queries/units/unit-mapping.ts'],
  ['src/services/users/check-user-unit.ts', 'src/db/queries/users/check-user-unit.ts'],
  ['src/services/users/insert-user.ts', 'src/db/queries/users/insert-user.ts'],
  ['src/services/users/user-mapping.ts', 'src/db/queries/users/user-mapping.ts'],

  // --- steps several use cases share that also check a rule (stage, window, who may read): they stay
  //     in services, in a steps/ room beside the use cases, not among the queries.
  ['src/services/reporting/load-assignment.ts', 'src/services/reporting/steps/load-assignment.ts'],
  ['src/services/scoring/evidence-stage.ts', 'src/services/scoring/steps/evidence-stage.ts'],
  ['src/services/scoring/open-explanation.ts', 'src/services/scoring/steps/open-explanation.ts'],
  ['src/services/scoring/open-self-assessment.ts', 'src/services/scoring/steps/open-self-assessment.ts'],
  // which stage and window a round takes a write in: a rule read against the service clock
  ['src/services/scoring/round-stage.ts', 'src/services/scoring/steps/round-stage.ts'],
  ['src/services/scoring/store-survey-points.ts', 'src/services/scoring/steps/store-survey-points.ts'],
  ['src/services/scoring/unit-scoring-sheet.ts', 'src/services/scoring/steps/unit-scoring-sheet.ts'],

  // --- web: unit-report screens and consolidated-report screens were one "reports" folder
  ...[
    'AdHocPeriodDialog',
    'CompletenessBoard',
    'ItemComments',
    'PeriodBar',
    'PlanTargets',
    'ReportHistory',
    'ReportIndicators',
    'ReportItemCard',
    'ReportSections',
    'ReportWorkspace',
    'ReportsPage',
    'UnitReportPage',
    'UnitReportWordLink',
    'WordDiffText',
  ].map((name) => [`web/src/pages/reports/${name}.tsx`, `web/src/pages/unit-reports/${name}.tsx`]),
  ...['ConsolidatedReportPage', 'ReportBuildList', 'ReportBuildPanel', 'ReportDraftForm'].map((name) => [
    `web/src/pages/reports/${name}.tsx`,
    `web/src/pages/consolidated-report/${name}.tsx`,
  ]),
  ['web/src/api/reports.ts', 'web/src/api/consolidated-report.ts'],

  // --- tests named for what they test
  ...[
    'administrative-document-pdf.test.ts',
    'administrative-document.test.ts',
    'office-xml.ts',
    'report-text.test.ts',
    'table-workbook-libreoffice.test.ts',
    'table-workbook.test.ts',
    'unit-report-docx.test.ts',
  ].map((name) => [`test/unit/reports/${name}`, `test/unit/writers/${name}`]),
  ...['consolidation-fixture.ts', 'consolidation.test.ts', 'indicator-table.test.ts'].map((name) => [
    `test/unit/reports/${name}`,
    `test/unit/consolidation/${name}`,
  ]),
  ['test/integration/reports.test.ts', 'test/integration/consolidated-report-and-dashboard.test.ts'],
];

/**
 * What src/services may hold besides use cases, each named with why it stays. A use case is a file that a
 * route (src/http/), a command (src/cli/) or the job table (services/jobs/job-handlers.ts) imports; a step
 * shared by use cases lives in a `steps/` room. Anything else in src/services is reported at the end, so
 * a query helper added later by another branch is noticed and given a place in the table above.
 */
const SUPPORT = {
  'src/services/context.ts': 'the ServiceContext every use case takes (actor, database, files, clock)',
  'src/services/unwrap.ts': "a domain rule's Result as the one application error",
  'src/services/unique-violation.ts': 'a unique-constraint clash told apart from other database errors',
  'src/services/access/authorize.ts': 'the one place use cases check the access policy',
  'src/services/access/resolve-facts.ts': 'the scopes the policy needs (unit, round, council area), read for authorize',
  'src/services/jobs/job-context.ts': 'the ServiceContext a background job runs with',
  'src/services/jobs/job-handlers.ts': 'the table of background jobs and the use case each runs',
  'src/services/demo/load-demo-reporting.ts': "the demo loader's reporting part (run by demo/load-demo.ts)",
  'src/services/demo/load-demo-scoring.ts': "the demo loader's scoring part (run by demo/load-demo.ts)",
};
const ENTRY_POINTS = ['src/http/', 'src/cli/', 'bin/', 'src/services/jobs/job-handlers.ts'];

/** Directories that must be empty once the table has run: a file left there was added after the table was written. */
const EMPTIED = [
  'src/reports/',
  'src/import/',
  'src/services/reports/',
  'src/services/files/',
  'web/src/pages/reports/',
  'test/unit/reports/',
];

/** Mentions of a split directory in prose, where no single file says which new room is meant. */
const PROSE = [
  ['src/services/reports/', 'src/services/consolidated-report/'],
  ['web/src/pages/reports/', 'web/src/pages/unit-reports/'],
  ['test/unit/reports/', 'test/unit/writers/'],
];

/** Tool configuration that names rooms by pattern rather than by path. */
const CONFIG_TEXT = [
  [
    'eslint.config.js',
    [
      ["'**/import/**'", "'**/readers/**'"],
      ["'**/reports/**'", "'**/writers/**'"],
    ],
  ],
];

const CODE_ROOTS = ['src', 'web', 'test', 'bench', 'scripts', 'bin'];
const CODE_EXT = /\.(ts|tsx|mts|js|mjs|cjs|jsx)$/;
const TEXT_FILES = () =>
  [
    ...listFiles(['.']).filter((f) => f.endsWith('.md')), // docs/, README.md, fixture READMEs
    '.ci/run',
    'eslint.config.js',
    'vitest.config.ts',
    'drizzle.config.ts',
    'tsconfig.json',
    'web/tsconfig.json',
    'web/vite.config.ts',
    'package.json',
  ].filter((f) => existsSync(abs(f)));

const abs = (p) => path.join(ROOT, p);
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const posix = (p) => p.split(path.sep).join('/');

function listFiles(roots) {
  const out = git('ls-files', '--cached', '--others', '--exclude-standard', '--', ...roots)
    .split('\n')
    .filter(Boolean);
  return [...new Set(out)].filter((f) => existsSync(abs(f)));
}

// ---------------------------------------------------------------------------------------------------
// 1. The table, checked: no chains (a new path that is another entry's old path) and no two files to one place.

const fileTable = new Map(FILES);
for (const file of listFiles(DIRECTORIES.map(([from]) => from))) {
  const dir = DIRECTORIES.find(([from]) => file.startsWith(from));
  if (dir && !fileTable.has(file)) fileTable.set(file, dir[1] + file.slice(dir[0].length));
}
{
  const targets = new Map();
  for (const [from, to] of fileTable) {
    if (fileTable.has(to)) throw new Error(`move table has a chain: ${from} -> ${to} -> ${fileTable.get(to)}`);
    if (targets.has(to)) throw new Error(`two files move to ${to}: ${targets.get(to)} and ${from}`);
    targets.set(to, from);
  }
}

/** Where an old path (file, or directory with or without a trailing slash) lives now; unchanged if it did not move. */
function mapPath(p) {
  if (fileTable.has(p)) return fileTable.get(p);
  for (const [from, to] of DIRECTORIES) {
    if (p === from.slice(0, -1)) return to.slice(0, -1);
    if (p.startsWith(from)) return to + p.slice(from.length);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------
// 2. Moves.

const movedFrom = new Map(); // new path -> old path, for this run
for (const [from, to] of fileTable) {
  if (!existsSync(abs(from))) continue; // moved by an earlier run, or gone
  if (existsSync(abs(to))) throw new Error(`cannot move ${from}: ${to} already exists`);
  movedFrom.set(to, from);
  if (VERBOSE) console.log(`${from} -> ${to}`);
  if (DRY) continue;
  mkdirSync(path.dirname(abs(to)), { recursive: true });
  const tracked = git('ls-files', '--', from).trim() !== '';
  if (tracked) git('mv', from, to);
  else execFileSync('mv', [abs(from), abs(to)]);
}
if (!DRY) for (const dir of [...new Set([...movedFrom.values()].map((f) => path.dirname(f)))]) removeEmptyDirs(dir);

function removeEmptyDirs(dir) {
  while (dir && dir !== '.' && existsSync(abs(dir)) && readdirSync(abs(dir)).length === 0) {
    rmdirSync(abs(dir));
    dir = path.dirname(dir);
  }
}

// ---------------------------------------------------------------------------------------------------
// 3. Relative specifiers in code. A specifier is resolved against where its file was before this run,
//    mapped through the table, and written relative to where the file is now, keeping its extension style.

// from '…' (import/export), import('…'), import '…', vi.mock('…'), new URL('…' or `…${x}`, import.meta.url)
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bnew URL\(\s*)(['"`])(\.{1,2}\/[^'"`$\n]*)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts'];

/**
 * Where a specifier's target is now. `x.js` in a specifier names `x.ts` or `x.tsx`; the answer keeps the
 * specifier's own extension (or none), only the place changes.
 */
function resolveMoved(target) {
  const written = /\.(js|mjs|jsx|ts|tsx)$/.exec(target)?.[0] ?? '';
  const stem = written ? target.slice(0, -written.length) : target;
  for (const candidate of [target, ...EXTENSIONS.map((e) => stem + e)]) {
    if (!fileTable.has(candidate)) continue;
    const to = fileTable.get(candidate);
    if (candidate === target) return to;
    if (candidate.endsWith('/index.ts')) return path.posix.dirname(to);
    return to.slice(0, -path.posix.extname(to).length) + written;
  }
  return mapPath(target);
}

let specifiers = 0;
const rewrittenFiles = new Set();
for (const file of listFiles(CODE_ROOTS).filter((f) => CODE_EXT.test(f))) {
  const oldFile = movedFrom.get(file) ?? file;
  const text = readFileSync(abs(file), 'utf8');
  const next = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const trailingSlash = spec.endsWith('/');
    const target = posix(path.normalize(path.posix.join(path.posix.dirname(oldFile), spec)));
    const now = resolveMoved(target);
    if (now === target && oldFile === file) return whole;
    let rel = path.posix.relative(path.posix.dirname(file), now);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    if (trailingSlash && !rel.endsWith('/')) rel += '/';
    if (rel === spec) return whole;
    specifiers++;
    return lead + quote + rel;
  });
  if (next !== text) {
    rewrittenFiles.add(file);
    if (!DRY) writeFileSync(abs(file), next);
  }
}

// ---------------------------------------------------------------------------------------------------
// 4. Path mentions in prose and configuration (and in code comments): `src/import/limits.ts`, and in
//    docs the short form under src/ (`import/limits.ts`) when it is quoted or in parentheses.

const mentions = [];
for (const [from, to] of [...fileTable, ...DIRECTORIES, ...PROSE]) {
  mentions.push({ from, to, short: false });
  if (from.startsWith('src/'))
    mentions.push({ from: from.slice(4), to: to.startsWith('src/') ? to.slice(4) : to, short: true });
}
// longest first, so a file's own entry wins over its directory's
mentions.sort((a, b) => b.from.length - a.from.length);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentionPattern = new RegExp(
  mentions
    .map(({ from, short }) => {
      // a full path starts a path (not the tail of web/src/…); a short one only right after ` ' " ( or [
      const before = short ? '(?<=[`\'"(\\[])' : '(?<![\\w.-]|[\\w-]/)';
      const dir = from.endsWith('/');
      // a directory named without its slash only in full form: a short `reports` could be any word
      const after = dir ? (short ? '(?=/)' : '(?=/|[`\'")\\s,.:;]|$)') : '(?![\\w-])';
      return `${before}${escape(dir ? from.slice(0, -1) : from)}${after}`;
    })
    .join('|'),
  'gm',
);
const mentionTarget = new Map(
  mentions.map(({ from, to }) => [
    from.endsWith('/') ? from.slice(0, -1) : from,
    to.endsWith('/') ? to.slice(0, -1) : to,
  ]),
);

let mentionCount = 0;
for (const file of [...new Set([...TEXT_FILES(), ...listFiles(CODE_ROOTS).filter((f) => CODE_EXT.test(f))])]) {
  if (file === 'scripts/move-rooms.mjs') continue; // the table itself names the old paths
  const text = readFileSync(abs(file), 'utf8');
  let next = text.replace(mentionPattern, (m) => {
    mentionCount++;
    return mentionTarget.get(m) ?? m;
  });
  for (const [config, pairs] of CONFIG_TEXT)
    if (file === config) for (const [a, b] of pairs) next = next.split(a).join(b);
  if (next !== text) {
    rewrittenFiles.add(file);
    if (!DRY) writeFileSync(abs(file), next);
  }
}

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// 5. What src/services holds now: use cases (imported by an entry point), steps, and the named support files.

const servicesNow = DRY
  ? [...listFiles(['src/services'])]
      .filter((f) => !fileTable.has(f))
      .concat([...fileTable.values()].filter((f) => f.startsWith('src/services/')))
  : listFiles(['src/services']);
const importedByEntry = new Set();
for (const file of listFiles(ENTRY_POINTS.map((e) => e.replace(/\/$/, ''))).filter((f) => CODE_EXT.test(f))) {
  for (const [, , , spec] of readFileSync(abs(file), 'utf8').matchAll(SPECIFIER)) {
    const target = posix(path.normalize(path.posix.join(path.posix.dirname(file), spec)));
    const resolved = DRY ? resolveMoved(target) : target;
    importedByEntry.add(resolved.replace(/\.(js|ts)$/, '.ts'));
  }
}
const kinds = { useCase: [], step: [], support: [], unclassified: [] };
for (const file of [...new Set(servicesNow)].filter((f) => f.endsWith('.ts'))) {
  if (SUPPORT[file]) kinds.support.push(file);
  else if (file.includes('/steps/')) kinds.step.push(file);
  else if (importedByEntry.has(file)) kinds.useCase.push(file);
  else kinds.unclassified.push(file);
}
console.log(
  `src/services: ${kinds.useCase.length} use cases, ${kinds.step.length} steps, ${kinds.support.length} support files`,
);
if (kinds.unclassified.length) {
  console.warn(
    `files in src/services that are neither a use case, a step nor named support (give them a room in the table):\n  ${kinds.unclassified.join('\n  ')}`,
  );
  process.exitCode = 1;
}

const left = listFiles(EMPTIED).filter((f) => !fileTable.has(f));
console.log(
  `${DRY ? 'would move' : 'moved'} ${movedFrom.size} files; rewrote ${specifiers} specifiers and ${mentionCount} path mentions in ${rewrittenFiles.size} files`,
);
if (left.length) {
  console.warn(
    `files left in rooms that should be empty (add them to the table in scripts/move-rooms.mjs):\n  ${left.join('\n  ')}`,
  );
  process.exitCode = 1;
}
