import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import type { SsoAccountRule } from '../../../contracts/sso-rules.js';
import { ssoAccountRules, units, users } from '../../schema/index.js';

/** The people's accounts (never a system's) a provider's claim may name: by e-mail, any case; else by username. */
export function accountsNamedBy(db: DbOrTx, claim: string, value: string) {
  const named =
    claim === 'email' ? sql`lower(${users.email}) = ${value.toLowerCase()}` : eq(users.username, value.toLowerCase());
  return db
    .select({ id: users.id, role: users.role, unitId: users.unitId, archivedAt: users.archivedAt })
    .from(users)
    .where(and(named, ne(users.role, 'system')));
}

/** The administrator's rule for an e-mail domain, if any. */
export async function ruleForDomain(db: DbOrTx, domain: string) {
  const [rule] = await db.select().from(ssoAccountRules).where(eq(ssoAccountRules.emailDomain, domain.toLowerCase()));
  return rule ?? null;
}

/**
 * Holds, until the transaction ends, the right to make an account for this person: two first sign-ins at once
 * (two tabs, two servers) would otherwise both find no account and make two.
 */
export async function lockAccountCreation(tx: DbOrTx, person: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`sso:${person.toLowerCase()}`}))`);
}

/** Whether a username is taken (archived accounts keep theirs). */
export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

/** The rules with their unit's name, by domain. */
export const selectSsoAccountRules = (db: DbOrTx) =>
  db
    .select({ rule: ssoAccountRules, unitName: units.name })
    .from(ssoAccountRules)
    .leftJoin(units, eq(units.id, ssoAccountRules.unitId));

export function toSsoAccountRuleView({
  rule,
  unitName,
}: {
  rule: typeof ssoAccountRules.$inferSelect;
  unitName: string | null;
}): SsoAccountRule {
  return {
    id: rule.id,
    emailDomain: rule.emailDomain,
    role: rule.role,
    unitId: rule.unitId,
    unitName,
    createdAt: rule.createdAt.toISOString(),
  };
}
