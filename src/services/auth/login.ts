import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { loginRequest } from '../../contracts/auth.js';
import type { DbOrTx } from '../../db/client.js';
import { loginSources, users } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { openSession, type LoginResult } from './open-session.js';
import { DECOY_HASH_PROMISE, verifyPassword } from '../../security/password-hash.js';

/** Failed attempts from one source within the window before it must wait. */
const SOURCE_LIMIT = 20;
const SOURCE_WINDOW_MS = 15 * 60_000;
/** Consecutive failures on one account before it is locked for LOCK_MS. */
const ACCOUNT_LIMIT = 5;
const LOCK_MS = 15 * 60_000;

const badCredentials = () => new AppError('INVALID_CREDENTIALS');
const rateLimited = () => new AppError('RATE_LIMITED');

function accountLocked(until: Date | null) {
  const when = until
    ? `sau ${until.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' })}`
    : 'sau ít phút';
  return new AppError('ACCOUNT_LOCKED', { when });
}

const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Counts an attempt from the source before any password is checked, in one statement (atomic on both
 * databases and across server processes). Returns the attempts in the current window, this one included.
 */
async function reserveSourceAttempt(db: DbOrTx, sourceKey: string, now: Date): Promise<number> {
  const expired = sql`${loginSources.windowStartedAt} <= ${timestamp(new Date(now.getTime() - SOURCE_WINDOW_MS))}`;
  const [row] = await db
    .insert(loginSources)
    .values({ sourceKey, windowStartedAt: now, attempts: 1 })
    .onConflictDoUpdate({
      target: loginSources.sourceKey,
      set: {
        attempts: sql`CASE WHEN ${expired} THEN 1 ELSE ${loginSources.attempts} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${expired} THEN ${timestamp(now)} ELSE ${loginSources.windowStartedAt} END`,
      },
    })
    .returning({ attempts: loginSources.attempts });
  return row!.attempts;
}

/**
 * Counts a failure on the account before its password is checked (a success resets it), and locks the
 * account as the count reaches the limit. Refused (null) while the account is locked: then no password
 * is checked at all, so a burst of parallel guesses checks at most ACCOUNT_LIMIT of them.
 */
async function reserveAccountAttempt(db: DbOrTx, userId: string, now: Date): Promise<number | null> {
  const lockExpired = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${timestamp(now)})`;
  const count = sql`(CASE WHEN ${lockExpired} THEN 1 ELSE ${users.failedLogins} + 1 END)`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: count,
      lockedUntil: sql`CASE WHEN ${count} >= ${ACCOUNT_LIMIT} THEN ${timestamp(new Date(now.getTime() + LOCK_MS))}
        WHEN ${lockExpired} THEN NULL ELSE ${users.lockedUntil} END`,
    })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedLogins: users.failedLogins });
  return row ? row.failedLogins : null;
}

export async function login(
  ctx: ServiceContext,
  input: z.infer<typeof loginRequest>,
  sourceKey: string,
  passwordLogin = true,
): Promise<LoginResult> {
  if (!passwordLogin) throw new AppError('PASSWORD_LOGIN_OFF');
  const now = ctx.now();
  if ((await reserveSourceAttempt(ctx.db, sourceKey, now)) > SOURCE_LIMIT) throw rateLimited();

  const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username.toLowerCase()));
  // A system's account (API tokens) never signs in: it is treated as a name nobody has.
  const usable = user && !user.archivedAt && user.role !== 'system';
  let failures = 0;
  if (usable) {
    const reserved = await reserveAccountAttempt(ctx.db, user.id, now);
    if (reserved === null) {
      const [current] = await ctx.db
        .select({ lockedUntil: users.lockedUntil })
        .from(users)
        .where(eq(users.id, user.id));
      throw accountLocked(current?.lockedUntil ?? null);
    }
    failures = reserved;
  }
  // Verify even when the user does not exist, so the response time does not reveal which usernames exist.
  const passwordOk = await verifyPassword(input.password, usable ? user.passwordHash : await DECOY_HASH_PROMISE);

  if (!usable || !passwordOk) {
    // The attempt is already counted; only the lock (once) is recorded, and stale address rows are dropped.
    await ctx.db.transaction(async (tx) => {
      await tx.delete(loginSources).where(lt(loginSources.windowStartedAt, new Date(now.getTime() - 24 * 3600_000)));
      if (usable && failures === ACCOUNT_LIMIT) {
        await recordAudit(tx, null, {
          action: 'user.lockOut',
          entityId: user.id,
          reason: 'Nhập sai mật khẩu nhiều lần',
        });
      }
    });
    throw badCredentials();
  }

  return ctx.db.transaction(async (tx) => {
    // A success is not a failure: give the address its attempt back.
    await tx
      .update(loginSources)
      .set({ attempts: sql`greatest(${loginSources.attempts} - 1, 0)` })
      .where(eq(loginSources.sourceKey, sourceKey));
    return openSession(tx, user, now);
  });
}
