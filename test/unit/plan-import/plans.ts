/** The four real plans with their unit directories, and the date their units are read at. */
import { readFileSync } from 'node:fs';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import type { UnitDirectory } from '../../../src/domain/units/types.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { quangTriDirectory } from '../../fixtures/directories/quang-tri-2025.js';
import { thuaThienHueDirectory } from '../../fixtures/directories/thua-thien-hue-2025.js';
import { traVinhDirectory } from '../../fixtures/directories/tra-vinh-2025.js';
import { vinhPhucDirectory } from '../../fixtures/directories/vinh-phuc-2024.js';

export interface FixturePlan {
  name: string;
  directory: UnitDirectory;
  /** Units as they stood when the plan was issued, so the goldens do not move with the calendar. */
  asOf: string;
}

export const PLANS: FixturePlan[] = [
  { name: 'quang-tri-2025', directory: quangTriDirectory, asOf: '2025-01-01' },
  { name: 'thua-thien-hue-2025', directory: thuaThienHueDirectory, asOf: '2025-01-01' },
  { name: 'tra-vinh-2025', directory: traVinhDirectory, asOf: '2025-01-01' },
  { name: 'vinh-phuc-2024', directory: vinhPhucDirectory, asOf: '2024-07-01' },
];

export const planPath = (name: string) => new URL(`../../fixtures/plans/${name}.txt`, import.meta.url);
export const goldenPath = (name: string) => new URL(`../../fixtures/golden/${name}.json`, import.meta.url);

export function readPlanBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(planPath(name)));
}

export async function importFixture(plan: FixturePlan, bytes = readPlanBytes(plan.name)): Promise<PlanV1> {
  return (await parsePlanDocument({ bytes, fileName: `${plan.name}.txt`, directory: plan.directory, asOf: plan.asOf }))
    .plan;
}
