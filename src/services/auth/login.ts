import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { loginRequest, SessionResponse } from '../../contracts/auth.js';
import { loginAttempts, sessions, users } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { loadCurrentUser } from './current-user.js';
import { DECOY_HASH_PROMISE, verifyPassword } from './password-hash.js';
import { hashToken, newToken, SESSION_TTL_MS } from './session-token.js';

/** Failed attempts from one source within the window before it must wait. */
const SOURCE_LIMIT = 20;
const SOURCE_WINDOW_MS = 15 * 60_000;
/** Consecutive failures on one account before it is locked for LOCK_MS. */
const ACCOUNT_LIMIT = 5;
const LOCK_MS = 15 * 60_000;

const badCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.', 401);

export interface LoginResult extends SessionResponse {
  token: string;
  expiresAt: Date;
}

export async function login(
  ctx: ServiceContext,
  input: z.infer<typeof loginRequest>,
  sourceKey: string,
): Promise<LoginResult> {
  const now = ctx.now();
  const [recent] = await ctx.db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.sourceKey, sourceKey), gt(loginAttempts.at, new Date(now.getTime() - SOURCE_WINDOW_MS))));
  if ((recent?.n ?? 0) >= SOURCE_LIMIT) {
    throw new AppError('RATE_LIMITED', 'Đăng nhập sai quá nhiều lần từ máy này. Hãy thử lại sau 15 phút.', 429);
  }

  const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username.toLowerCase()));
  const usable = user && !user.archivedAt;
  // Verify even when the user does not exist, so the response time does not reveal which usernames exist.
  const passwordOk = await verifyPassword(input.password, usable ? user.passwordHash : await DECOY_HASH_PROMISE);

  if (usable && user.lockedUntil && user.lockedUntil > now) {
    const until = user.lockedUntil.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
    throw new AppError('ACCOUNT_LOCKED', `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${until}.`, 423);
  }

  if (!usable || !passwordOk) {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ sourceKey, at: now });
      await tx.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3600_000)));
      if (usable) {
        const failures = user.failedLogins + 1;
        const locked = failures >= ACCOUNT_LIMIT;
        await tx
          .update(users)
          .set({ failedLogins: locked ? 0 : failures, lockedUntil: locked ? new Date(now.getTime() + LOCK_MS) : user.lockedUntil })
          .where(eq(users.id, user.id));
        if (locked) {
          await recordAudit(tx, null, { action: 'lock', entity: 'user', entityId: user.id, reason: 'Nhập sai mật khẩu nhiều lần' });
        }
      }
    });
    throw badCredentials();
  }

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt });
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await recordAudit(tx, { userId: user.id, role: user.role, unitId: user.unitId }, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { token, csrfToken, expiresAt, user: await loadCurrentUser(ctx.db, user.id) };
}
