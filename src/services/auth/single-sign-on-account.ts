import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client.js';
import {
  accountsNamedBy,
  lockAccountCreation,
  ruleForDomain,
  usernameTaken,
} from '../../db/queries/sso/sso-accounts.js';
import { insertUser } from '../../db/queries/users/insert-user.js';
import { AppError } from '../../domain/errors.js';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The cchc account of the person the provider vouches for, linked by the configured claim (README: Single
 * sign-on): by e-mail address (an address the provider says it has not verified is refused) or by username.
 * None yet: made from the administrator's rule for the person's e-mail domain, if there is one.
 */
export async function singleSignOnAccount(tx: DbOrTx, claim: string, claims: Record<string, unknown>, now: Date) {
  const value = text(claims[claim]);
  if (!value) throw new AppError('SSO_NO_ACCOUNT', { claim });
  const email = text(claims.email)?.toLowerCase();
  if (claim === 'email' && claims.email_verified === false) throw new AppError('SSO_EMAIL_UNVERIFIED');

  await lockAccountCreation(tx, value);
  const found = await accountsNamedBy(tx, claim, value);
  const live = found.filter((account) => !account.archivedAt);
  if (live.length > 1) throw new AppError('SSO_AMBIGUOUS_ACCOUNT', { value });
  if (live[0]) return live[0];
  if (found.length) throw new AppError('SSO_ACCOUNT_ARCHIVED');

  const domain = email && claims.email_verified !== false ? email.split('@')[1] : undefined;
  const rule = domain ? await ruleForDomain(tx, domain) : null;
  if (!rule || !email) throw new AppError('SSO_NO_ACCOUNT', { claim, value });
  const created = await insertUser(
    tx,
    null,
    {
      username: await freeUsername(tx, claim === 'email' ? email.split('@')[0]! : value),
      displayName: text(claims.name) ?? email,
      email,
      role: rule.role,
      unitId: rule.unitId,
      // Nobody knows it: the person signs in through the provider (an administrator can still set one).
      password: randomBytes(24).toString('base64url'),
    },
    now,
    { mustChangePassword: false },
  );
  return { id: created.id, role: created.role, unitId: created.unitId };
}

/** The name itself made fit for a username (lower case, letters without marks, digits, . _ -), then -2, -3 … if taken. */
async function freeUsername(tx: DbOrTx, wanted: string): Promise<string> {
  const base =
    wanted
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '.')
      .replace(/^[.]+|[.]+$/g, '')
      .slice(0, 50)
      .padEnd(3, '0') || 'nguoidung';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await usernameTaken(tx, candidate))) return candidate;
  }
}
