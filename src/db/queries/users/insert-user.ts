import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createUserRequest } from '../../../contracts/users.js';
import type { DbOrTx } from '../../client.js';
import { users } from '../../schema/index.js';
import { isUniqueViolation } from '../../../services/unique-violation.js';
import { AppError } from '../../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../../../security/password-hash.js';
import { requireStrongPassword } from '../../../security/password-policy.js';
import type { Actor } from '../../../services/context.js';
import { checkUserUnit } from './check-user-unit.js';
import { selectUserSummaries, toUserSummary } from './user-mapping.js';

/**
 * An account made with a password the policy does not judge: the demo's published one (outside the demo it must
 * be changed at first sign-in), or the random one nobody knows given to an account single sign-on makes.
 */
export interface UncheckedPassword {
  mustChangePassword: boolean;
}

/** Also used by the CLI, the demo loader and single sign-on, which act without a signed-in administrator. */
export async function insertUser(
  tx: DbOrTx,
  actor: Actor | null,
  input: z.infer<typeof createUserRequest>,
  now: Date,
  unchecked?: UncheckedPassword,
) {
  const username = input.username.toLowerCase();
  if (!unchecked)
    requireStrongPassword(input.password, { username, displayName: input.displayName }, 'password', 'Mật khẩu ban đầu');
  const [clash] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  const taken = () => new AppError('DUPLICATE_USERNAME', { username });
  if (clash) throw taken();
  await checkUserUnit(tx, input.role, input.unitId);
  const { password, ...fields } = input;
  const [row] = await tx
    .insert(users)
    .values({
      ...fields,
      username,
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
      mustChangePassword: unchecked?.mustChangePassword ?? false,
    })
    .returning()
    // Another request may create the same name between the check above and this insert.
    .catch((error: unknown) => {
      throw isUniqueViolation(error, 'users_username_unique') ? taken() : error;
    });
  await recordAudit(tx, actor, { action: 'user.create', entityId: row!.id, after: row! });
  const [summary] = await selectUserSummaries(tx).where(eq(users.id, row!.id));
  return toUserSummary(summary!, now);
}
