import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../src/db/client.js';
import type { FileStore } from '../../src/files/file-store.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { actorsOf, type ActingAs } from './actors.js';
import { fixedClock, type FixedClock } from './clock.js';
import { createTestDatabase } from './database.js';

/** What a use-case test acts on: one fresh database per file (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
export interface UseCaseWorld {
  database: DatabaseHandle;
  files: FileStore;
  /** Stands still at the time given (after the 2025 reorganisation unless told); move it with `clock.now = …`. */
  clock: FixedClock;
  /** A context with an actor of `role` in the unit of that code, e.g. `actingAs('reporter', 'QT.X.CAMLO')`. */
  actingAs: ActingAs;
  /** A context with nobody signed in. */
  anonymous: ServiceContext;
  close: () => Promise<void>;
}

/** The demo province's units (no demo plan or rounds: a test makes the work it needs) and an empty file store. */
export async function openUseCaseWorld(options: { at?: string } = {}): Promise<UseCaseWorld> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.at);
  await loadDemo(database.db, { now: clock.now });
  const filesRoot = await mkdtemp(join(tmpdir(), 'cchc-usecase-files-'));
  const files = localFileStore(filesRoot);
  return {
    database,
    files,
    clock,
    ...actorsOf(database.db, files, clock),
    close: async () => {
      await database.close();
      await rm(filesRoot, { recursive: true, force: true });
    },
  };
}
