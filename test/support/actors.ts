import { eq } from 'drizzle-orm';
import type { Role } from '../../src/contracts/auth.js';
import type { Database } from '../../src/db/client.js';
import { units, users } from '../../src/db/schema/index.js';
import type { FileStore } from '../../src/files/file-store.js';
import type { Actor, ServiceContext } from '../../src/services/context.js';
import type { FixedClock } from './clock.js';

/** A context for a role, in a unit given by its code (reporters belong to one; the province's roles may). */
export type ActingAs = (role: Role, unitCode?: string) => Promise<ServiceContext>;

/**
 * Contexts of test actors over one database, file store and clock. Each (role, unit) pair is one user row,
 * created on first use, because use cases write the actor's id into audit rows, reports and evidence. The
 * row has no usable password: these users act through use cases only, never sign in.
 */
export function actorsOf(
  db: Database,
  files: FileStore,
  clock: FixedClock,
): { actingAs: ActingAs; anonymous: ServiceContext } {
  const known = new Map<string, Actor>();
  const contextOf = (actor: Actor | null): ServiceContext => ({ db, files, actor, now: () => clock.now });

  const actingAs: ActingAs = async (role, unitCode) => {
    const key = `${role}.${unitCode ?? 'tinh'}`.toLowerCase();
    let actor = known.get(key);
    if (!actor) {
      const unitId = unitCode ? await unitIdOf(db, unitCode) : null;
      const [row] = await db
        .insert(users)
        .values({
          username: `thu.${key}`,
          displayName: `Người thử ${role} (${unitCode ?? 'tỉnh'})`,
          passwordHash: '!',
          role,
          unitId,
        })
        .returning({ id: users.id });
      actor = { userId: row!.id, role, unitId };
      known.set(key, actor);
    }
    return contextOf(actor);
  };
  return { actingAs, anonymous: contextOf(null) };
}

/** A unit's id by its code (the demo's codes: QT.STP, QT.X.CAMLO, …). */
export async function unitIdOf(db: Database, code: string): Promise<string> {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!unit) throw new Error(`no unit with code ${code}`);
  return unit.id;
}
