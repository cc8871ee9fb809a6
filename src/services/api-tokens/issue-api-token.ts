import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { issueApiTokenRequest } from '../../contracts/api-tokens.js';
import { eq } from 'drizzle-orm';
import {
  auditedToken,
  endOfLastDay,
  selectApiTokens,
  toApiTokenView,
} from '../../db/queries/api-tokens/api-token-rows.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { apiTokens, users } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { hashToken, newToken } from '../../security/session-token.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Every token starts so, for secret scanners and for people reading a configuration file. */
export const API_TOKEN_PREFIX = 'cchc_';
/** A system's account has no password: no hash of any password is this text. */
const NO_PASSWORD = '!';

/**
 * The administrator issues a token to another system. The system gets an account of its own (role 'system',
 * never signing in), so what it writes is audited under its name; the token is returned this once and only
 * its hash is kept.
 */
export async function issueApiToken(ctx: ServiceContext, input: z.infer<typeof issueApiTokenRequest>) {
  const actor = await authorize(ctx, 'apiTokens.manage', {}, 'cấp mã truy cập API');
  const now = ctx.now();
  if (input.expiresOn && input.expiresOn < localDateOf(now)) {
    const message = 'Ngày hết hạn đã qua: hãy chọn hôm nay hoặc một ngày sau.';
    throw new AppError(
      'VALIDATION_FAILED',
      { sentence: `Hết hạn: ${message}` },
      { issues: [{ path: 'expiresOn', label: 'Hết hạn', message }] },
    );
  }
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  return ctx.db.transaction(async (tx) => {
    const [account] = await tx
      .insert(users)
      .values({
        username: `system.${randomBytes(6).toString('hex')}`,
        displayName: input.name,
        passwordHash: NO_PASSWORD,
        role: 'system',
      })
      .returning({ id: users.id });
    const [row] = await tx
      .insert(apiTokens)
      .values({
        accountId: account!.id,
        name: input.name,
        scopes: input.scopes,
        tokenHash: hashToken(token),
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        createdBy: actor.userId,
        createdAt: now,
        expiresAt: input.expiresOn ? endOfLastDay(input.expiresOn) : null,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'apiToken.issue', entityId: row!.id, after: auditedToken(row!) });
    const [issued] = await selectApiTokens(tx).where(eq(apiTokens.id, row!.id));
    return { token, apiToken: toApiTokenView(issued!, now) };
  });
}
