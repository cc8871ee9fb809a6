import { eq } from 'drizzle-orm';
import type { CurrentUser } from '../../contracts/auth.js';
import type { DbOrTx } from '../../db/client.js';
import { units, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';

export async function loadCurrentUser(db: DbOrTx, userId: string): Promise<CurrentUser> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      unitName: units.name,
      unitKind: units.kind,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  // A system's account (API tokens) has no session: never a current user.
  if (!row || row.role === 'system') throw notFound('người dùng');
  const { unitKind, ...user } = row;
  return { ...user, role: row.role, supervisesCommunes: unitKind === 'district' };
}
