/**
 * The indices of seed/indices/national-indices.json, inserted when missing (idempotent): PAR INDEX, SIPAS, PAPI,
 * PCI and DTI are there before anyone adds one. Data, not code: a new index needs no release.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DbOrTx } from '../../../db/client.js';
import { nationalIndices } from '../../../db/schema/index.js';
import type { IndexArea } from '../../../domain/indices/types.js';

const SEED = fileURLToPath(new URL('../../../../seed/indices/national-indices.json', import.meta.url));

interface SeededIndex {
  code: string;
  name: string;
  publisher: string;
  maxScore: number | null;
  areas: IndexArea[];
}

let seeded: SeededIndex[] | null = null;

export function seededIndices(): SeededIndex[] {
  seeded ??= (JSON.parse(readFileSync(SEED, 'utf8')) as { indices: SeededIndex[] }).indices;
  return seeded;
}

export async function ensureIndices(db: DbOrTx): Promise<void> {
  await db
    .insert(nationalIndices)
    .values(seededIndices().map((i) => ({ ...i, createdAt: new Date(0) })))
    .onConflictDoNothing();
}
