import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { body, type Client } from './api.js';

const QUANG_TRI = join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt');

/** The real Quảng Trị 2025 plan, uploaded and committed by a coordinator: assignments for the demo units follow. */
export async function commitQuangTriPlan(coordinator: Client): Promise<{ planId: string }> {
  const uploaded = await coordinator.upload('/api/plan-imports?asOf=2025-01-15', new Blob([await readFile(QUANG_TRI)]), 'quang-tri-2025.txt');
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  const draft = await body(uploaded);
  const committed = await coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, { version: draft.version, name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025' });
  if (committed.status !== 201) throw new Error(`commit failed: ${committed.status} ${await committed.text()}`);
  return { planId: (await body(committed)).plan.id };
}

/** A tiny but real PDF, as a unit would attach for evidence. */
export const SMALL_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
);
