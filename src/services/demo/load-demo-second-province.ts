/**
 * A second, small province beside the demo's (issue #17.5): Hà Tĩnh's directory and three accounts, so one
 * installation holding two provinces can be seen to show each only its own — its coordinator finds its units
 * and none of Quảng Trị's, nor Quảng Trị's plan, rounds or dashboard — and the Ministry (Bộ Nội vụ, a unit outside
 * every province) with an officer who reads both and the national figures. Idempotent.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../db/client.js';
import { applyUnitImport } from '../units/import-units.js';
import { ensureDemoUsers, type DEMO_USERS } from './load-demo.js';

const SECOND_PROVINCE_UNITS = fileURLToPath(new URL('../../../seed/demo/ha-tinh-units.csv', import.meta.url));
const MINISTRY_UNITS = fileURLToPath(new URL('../../../seed/demo/ministry-units.csv', import.meta.url));

export const SECOND_PROVINCE_USERS: typeof DEMO_USERS = [
  {
    username: 'hatinh.cchc',
    displayName: 'Phan Thị Hằng (Sở Nội vụ Hà Tĩnh)',
    role: 'coordinator',
    unitCode: 'HT.SNV',
  },
  {
    username: 'hatinh.lanhdao',
    displayName: 'Nguyễn Văn Hùng (Lãnh đạo UBND tỉnh Hà Tĩnh)',
    role: 'leader',
    unitCode: 'HT',
  },
  { username: 'hatinh.stp', displayName: 'Trần Thị Nga (Sở Tư pháp Hà Tĩnh)', role: 'reporter', unitCode: 'HT.STP' },
  { username: 'bonoivu', displayName: 'Lê Minh Tuấn (Bộ Nội vụ)', role: 'ministry', unitCode: 'BNV' },
];

export async function loadDemoSecondProvince(
  db: Database,
  options: { now?: Date; forcePasswordChange?: boolean } = {},
): Promise<{ units: number; users: string[] }> {
  const now = options.now ?? new Date();
  const result = await applyUnitImport(db, null, await readFile(SECOND_PROVINCE_UNITS), { dryRun: false, now });
  await applyUnitImport(db, null, await readFile(MINISTRY_UNITS), { dryRun: false, now });
  const users = await ensureDemoUsers(db, SECOND_PROVINCE_USERS, now, options.forcePasswordChange ?? false);
  return { units: result.created + result.updated + result.unchanged, users };
}
