/**
 * A PostgreSQL streaming replica for reads (issue #17.3, `CCHC_READ_DATABASE_URL`). Writes always go to the
 * primary; a read an endpoint declares fit for the replica goes there only when
 *  - the replica answers (a failed probe sends reads to the primary for a while),
 *  - it is not behind by more than `maxLagMs`: it has replayed what the primary had written `maxLagMs` ago
 *    (the primary's WAL position is sampled once a second at most, per server), and
 *  - it has replayed the reader's own last write (`after`, the primary's WAL position when that write
 *    committed, which the browser carries back in a cookie), so nobody sees their save disappear.
 */
import { sql } from 'drizzle-orm';
import { AppError } from '../domain/errors.js';
import { postgresPool, type Database, type DatabaseHandle } from './client.js';
import { queryRows } from './rows.js';

export interface ReadReplica {
  /** A short description for logs (never the password). */
  describe: string;
  /** The primary's current WAL position: every write committed so far is at or before it. */
  writePosition(): Promise<string>;
  /** Where a read that may be a little stale goes: the replica, or the primary when the replica will not do. */
  choose(after: string | null): Promise<Database>;
  close(): Promise<void>;
}

/** A WAL position ("16/B374D848") as a number, to compare. */
export function walPosition(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** "16/B374D848"-like text, as a browser cookie may carry; anything else is ignored. */
export const isWalPosition = (text: string | undefined | null): text is string =>
  !!text && /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(text);

const PROBE_EVERY_MS = 1_000;
const DOWN_FOR_MS = 5_000;

export function readReplica(options: {
  primary: Database;
  replica: Database;
  describe: string;
  close: () => Promise<void>;
  maxLagMs: number;
  /** Injected by tests; the probes run on real time otherwise. */
  clock?: () => number;
  onProblem?: (message: string) => void;
}): ReadReplica {
  const { primary, replica, maxLagMs } = options;
  const clock = options.clock ?? Date.now;
  /** The primary's positions, sampled at most once a second, oldest first (enough to cover `maxLagMs`). */
  const samples: { at: number; position: bigint }[] = [];
  let replayed: bigint | null = null;
  let probedAt = -Infinity;
  let downUntil = -Infinity;
  let probing: Promise<void> | null = null;
  /** Said once when the replica stops doing, not at every probe while it stays so. */
  let troubled = false;
  const problem = (message: string) => {
    if (!troubled) options.onProblem?.(message);
    troubled = true;
  };

  const replayedNow = async (): Promise<bigint | null> => {
    const [row] = await queryRows<{ replayed: string | null }>(
      replica,
      sql`SELECT pg_last_wal_replay_lsn()::text AS replayed`,
    );
    // Null: the server is not replaying anything (a primary, or a standby that never started): not a replica.
    return row?.replayed ? walPosition(row.replayed) : null;
  };

  const probe = async () => {
    const at = clock();
    try {
      const [current, position] = await Promise.all([writePositionOf(primary), replayedNow()]);
      samples.push({ at, position: walPosition(current) });
      while (samples.length > 2 && samples[1]!.at <= at - maxLagMs) samples.shift();
      replayed = position;
      if (position === null) {
        downUntil = at + DOWN_FOR_MS;
        problem('the read database is not replaying a primary (pg_last_wal_replay_lsn() is null)');
      } else troubled = false;
    } catch (error) {
      replayed = null;
      downUntil = at + DOWN_FOR_MS;
      problem(`the read database does not answer: ${(error as Error).message}`);
    } finally {
      probedAt = at;
    }
  };

  const fresh = async () => {
    if (clock() - probedAt >= PROBE_EVERY_MS) {
      probing ??= probe().finally(() => (probing = null));
      await probing;
    }
  };

  /** Whether the replica has replayed what the primary had written `maxLagMs` ago. */
  const keepsUp = () => {
    const due = [...samples].reverse().find((s) => s.at <= clock() - maxLagMs);
    return replayed !== null && (!due || replayed >= due.position);
  };

  return {
    describe: options.describe,
    writePosition: () => writePositionOf(primary),
    async choose(after) {
      await fresh();
      if (clock() < downUntil || replayed === null || !keepsUp()) return primary;
      if (after && isWalPosition(after) && walPosition(after) > replayed) {
        // The reader's own write may have arrived since the last probe: ask once, then give up on the replica.
        try {
          const now = await replayedNow();
          if (now === null || walPosition(after) > now) return primary;
          replayed = now;
        } catch {
          return primary;
        }
      }
      return replica;
    },
    close: options.close,
  };
}

async function writePositionOf(db: Database): Promise<string> {
  const [row] = await queryRows<{ position: string }>(db, sql`SELECT pg_current_wal_lsn()::text AS position`);
  return row!.position;
}

/** The read replica beside a PostgreSQL primary (CCHC_READ_DATABASE_URL), on a pool of its own. */
export function openReadReplica(
  url: string,
  primary: DatabaseHandle,
  options: { maxLagMs: number; onProblem?: (message: string) => void },
): ReadReplica {
  if (primary.kind !== 'postgres') throw new AppError('READ_REPLICA_NEEDS_POSTGRES');
  const replica = postgresPool(url);
  return readReplica({
    primary: primary.db,
    replica: replica.db,
    describe: replica.describe,
    close: replica.close,
    ...options,
  });
}
