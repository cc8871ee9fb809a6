/**
 * How the pure reporting rules scale for one province: 250 units, a 120-activity plan where a third of
 * the lines name a group, a year of reports, long narrative sections to compare.
 * Run: npx tsx bench/reporting-domain.ts
 */
import { performance } from 'node:perf_hooks';
import { expandAssignments, type AssignableActivity } from '../src/domain/reporting/assignment-expansion.js';
import {
  periodCompleteness,
  overdueSummary,
  type AssignmentRecord,
  type ReportRecord,
} from '../src/domain/reporting/completeness.js';
import { diffWords } from '../src/domain/reporting/word-diff.js';
import { remindersDue, type ReminderItem } from '../src/domain/reporting/reminders.js';
import type { DirectoryUnit, UnitDirectory } from '../src/domain/units/types.js';

function time(label: string, runs: number, work: () => unknown): void {
  work();
  const start = performance.now();
  for (let i = 0; i < runs; i++) work();
  console.log(`${label.padEnd(58)} ${((performance.now() - start) / runs).toFixed(2).padStart(8)} ms`);
}

const unit = (id: string, kind: DirectoryUnit['kind'], parentId: string | null): DirectoryUnit => ({
  id,
  code: id,
  parentId,
  kind,
  level: kind === 'department' ? 'province' : kind === 'other' ? 'province' : kind,
  name: id,
  shortNames: [],
  aliases: [],
  validFrom: null,
  validTo: null,
});
const units = [
  unit('p', 'province', null),
  ...Array.from({ length: 30 }, (_, i) => unit(`d${i}`, 'department', 'p')),
  ...Array.from({ length: 220 }, (_, i) => unit(`c${i}`, 'commune', 'p')),
];
const directory: UnitDirectory = {
  units,
  groups: [
    { id: 'g-xa', code: 'XA', name: 'UBND cấp xã', aliases: [], rootId: 'p', memberKinds: ['commune'] },
    {
      id: 'g-all',
      code: 'ALL',
      name: 'Các cơ quan, đơn vị, địa phương',
      aliases: [],
      rootId: 'p',
      memberKinds: ['department', 'commune'],
    },
  ],
  successions: [],
};
const activities: AssignableActivity[] = Array.from({ length: 120 }, (_, i) => ({
  activityId: `a${i}`,
  lead:
    i % 3 === 0
      ? [{ unitId: null, groupId: 'g-xa', name: 'UBND cấp xã', group: true }]
      : [{ unitId: `d${i % 30}`, groupId: null, name: `d${i % 30}`, group: false }],
  cooperating: [{ unitId: null, groupId: 'g-all', name: 'Các cơ quan, đơn vị, địa phương', group: true }],
}));

const expansion = expandAssignments(activities, directory, '2025-01-01');
console.log(
  `expansion: ${expansion.assignments.length} assignments, ${expansion.cooperating.length} cooperating links`,
);
time('expandAssignments (120 activities × 250 units)', 20, () =>
  expandAssignments(activities, directory, '2025-01-01'),
);

const assignments: AssignmentRecord[] = expansion.assignments.map((a, i) => ({
  activityId: a.activityId,
  unitId: a.unitId,
  areaCode: ['I', 'II', 'III', 'VII'][i % 4]!,
  status: i % 5 ? 'in_progress' : 'done',
  dueOn: '2025-06-30',
}));
const reports: ReportRecord[] = units.slice(1).flatMap((u, i) =>
  ['Q1', 'H1', 'M9', 'Y'].map((periodCode) => ({
    unitId: u.id,
    periodCode,
    status: 'accepted' as const,
    firstSubmittedOn: i % 7 ? '2025-03-14' : '2025-03-20',
  })),
);
const reporting = units.slice(1).map((u) => ({ id: u.id, name: u.name, kind: u.kind, level: u.level }));
time('periodCompleteness (250 units, 1000 reports)', 200, () =>
  periodCompleteness({ code: 'Q1', label: 'Quý I/2025', dueOn: '2025-03-15' }, reporting, reports, '2025-04-01'),
);
time(`overdueSummary (${assignments.length} assignments)`, 200, () =>
  overdueSummary(assignments, '2025-07-15', { areaCodes: ['III'] }),
);

const items: ReminderItem[] = reporting.map((u) => ({
  id: `r-${u.id}`,
  kind: 'report',
  title: 'Báo cáo CCHC Quý I/2025',
  unitName: u.name,
  dueOn: '2025-03-15',
  recipientIds: [`${u.id}-1`, `${u.id}-2`],
}));
time('remindersDue (250 reports × 2 users, due today)', 200, () => remindersDue(items, {}, '2025-03-15', []));

const words =
  'kết quả thực hiện nhiệm vụ cải cách hành chính trên địa bàn tỉnh đạt được nhiều chuyển biến tích cực'.split(' ');
const text = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + seed * (i % 13 === 0 ? 1 : 0)) % words.length]).join(' ');
for (const n of [500, 3000]) {
  const before = text(n, 0);
  const after = before
    .split(' ')
    .map((w, i) => (i % 25 === 0 ? `${w}x` : w))
    .join(' ');
  time(`diffWords (${n} words, a change every 25 words)`, 10, () => diffWords(before, after));
}
const unrelatedA = text(3000, 1);
const unrelatedB = text(3000, 3).split(' ').reverse().join(' ');
time('diffWords (3000 words, rewritten: hits the edit limit)', 5, () => diffWords(unrelatedA, unrelatedB));
