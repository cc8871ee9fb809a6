import { eq } from 'drizzle-orm';
import type { UserSummary } from '../../../contracts/users.js';
import type { DbOrTx } from '../../client.js';
import { units, users } from '../../schema/index.js';

/** Columns for a user summary; never the password hash. */
export const userSummaryColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  lockedUntil: users.lockedUntil,
  archivedAt: users.archivedAt,
  version: users.version,
};

type SummaryRow = { [K in keyof typeof userSummaryColumns]: (typeof userSummaryColumns)[K]['_']['data'] | null };

export function toUserSummary(row: SummaryRow, now: Date): UserSummary {
  const { lockedUntil, archivedAt, ...rest } = row;
  return {
    ...(rest as Omit<UserSummary, 'locked' | 'archived'>),
    locked: !!lockedUntil && lockedUntil > now,
    archived: archivedAt !== null,
  };
}

export function selectUserSummaries(db: DbOrTx) {
  return db.select(userSummaryColumns).from(users).leftJoin(units, eq(units.id, users.unitId));
}
