import type { ActorRole } from '../contracts/auth.js';
import type { TokenScopeName } from '../domain/access/policy.js';
import type { Database } from '../db/client.js';
import type { FileStore } from '../files/file-store.js';

/** Who is acting. Every use case receives it and checks access before doing anything. */
export interface Actor {
  userId: string;
  role: ActorRole;
  unitId: string | null;
  /** Another system calling with an API token: its scopes (role 'system'; its account is the token's own). */
  tokenScopes?: readonly TokenScopeName[];
  /** A published (demo) password: until it is changed, only changing it and signing out are allowed. */
  mustChangePassword?: boolean;
}

export interface ServiceContext {
  db: Database;
  files: FileStore;
  actor: Actor | null;
  /** Injected so tests can move time (lock-outs, deadlines). */
  now: () => Date;
}
