import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../contracts/auth.js';
import { units } from './units.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  /** 'system': the account of another system calling the API with a token (api_tokens); it never signs in. */
  role: text('role', { enum: [...ROLES, 'system'] }).notNull(),
  unitId: uuid('unit_id').references(() => units.id),
  locale: text('locale', { enum: ['vi', 'en'] })
    .notNull()
    .default('vi'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  /** Set on accounts whose password is publicly known (the demo's, outside the demo): only a password change is allowed. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a database leak does not leak live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** A session opened through single sign-on keeps the provider's ID token, to end the provider's session too. */
    idToken: text('id_token'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Login attempts by source address in the current window, for rate limiting across app servers. One row per
 * address, counted up atomically before a password is checked (and down again on success), so parallel
 * requests cannot check more guesses than the limit.
 */
export const loginSources = pgTable('login_sources', {
  sourceKey: text('source_key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull().default(0),
});

/**
 * A token another system (the LGSP, the procedure system) calls the API with, instead of a person's session.
 * Each token has its own system account (users.role = 'system'), so everything it writes is audited under the
 * system's name. Only the SHA-256 of the token is kept: it is shown once, when issued.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => users.id),
    /** The system's name, as the administrator wrote it ("Nền tảng LGSP tỉnh"). */
    name: text('name').notNull(),
    /** What the token may do (domain/access/token-scopes.ts). */
    scopes: text('scopes').array().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The token's first characters, to tell tokens apart in the list without keeping the token. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** The rate limit's current minute and its requests, counted in one statement with the lookup (any server). */
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }),
    windowRequests: integer('window_requests').notNull().default(0),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);

/**
 * A single sign-on under way: made when the browser is sent to the OpenID provider, taken (deleted) once when it
 * comes back. Kept in the database, not in a process, so the provider may send the person back to another server.
 */
export const ssoLogins = pgTable('sso_logins', {
  /** The `state` sent to the provider, also kept in the browser's cookie: the callback must carry both. */
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** The page inside cchc to return to. */
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The administrator's mapping for single sign-on: a person the provider vouches for, with an e-mail address in
 * this domain and no account yet, gets one on first sign-in with this role and unit. No rule: no account made.
 */
export const ssoAccountRules = pgTable('sso_account_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower case, without '@' ("snv.quangtri.gov.vn"). */
  emailDomain: text('email_domain').notNull().unique(),
  role: text('role', { enum: ROLES }).notNull(),
  unitId: uuid('unit_id').references(() => units.id),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
