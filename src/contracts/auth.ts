import { z } from 'zod';
import { uuid } from './common.js';

/**
 * `ministry`: the Ministry of Home Affairs' officers (Bộ Nội vụ), who read every province of the installation and
 * its national figures; their unit is outside every province (issue #17.5).
 */
export const ROLES = ['admin', 'coordinator', 'reporter', 'leader', 'appraiser', 'ministry'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;
/** Who can act: a person in one of the roles, or another system with an API token (no session, no password). */
export const actorRole = z.enum([...ROLES, 'system']);
export type ActorRole = z.infer<typeof actorRole>;

export const password = z
  .string()
  .min(10, 'Mật khẩu phải có ít nhất 10 ký tự.')
  .max(200, 'Mật khẩu quá dài.')
  .refine((value) => /[A-Za-zÀ-ỹ]/.test(value) && /\d/.test(value), 'Mật khẩu phải có cả chữ và số.');

export const loginRequest = z.object({
  username: z.string().trim().min(1, 'Hãy nhập tên đăng nhập.').max(100),
  password: z.string().min(1, 'Hãy nhập mật khẩu.').max(200),
});

export const currentUser = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  role,
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  /** The user's unit is a district (UBND cấp huyện): it plans and records its communes' inspections. */
  supervisesCommunes: z.boolean(),
  locale: z.enum(['vi', 'en']),
  /** Signed in with a published (demo) password: the app asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const sessionResponse = z.object({ user: currentUser, csrfToken: z.string() });

/** What the login page offers: the password form (unless turned off) and the provider's button (when configured). */
export const signInOptions = z.object({
  passwordLogin: z.boolean(),
  singleSignOn: z.object({ label: z.string() }).nullable(),
});
export type SignInOptions = z.infer<typeof signInOptions>;

/**
 * Single sign-on's two browser navigations (not API calls, so not endpoints; http/single-sign-on.ts serves them):
 * the login page's button goes to `start` (with `?redirect=` the page to come back to); `callback` is the redirect
 * URI registered with the OpenID provider.
 */
export const SINGLE_SIGN_ON_PATHS = { start: '/api/auth/sso/start', callback: '/api/auth/sso/callback' } as const;

/**
 * Only a path inside this app is a place to return to after signing in: never another site (`//host`, and `/\host`,
 * which browsers read as `//host`), nothing with spaces or control characters, never the login page itself.
 */
export function safeReturnPath(target: string | undefined): string {
  return target && /^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(target) && !target.startsWith('/dang-nhap')
    ? target
    : '/';
}

/** Signed out; `endSessionUrl`: where the browser goes to end the OpenID provider's session too (single sign-on only). */
export const logoutResponse = z.object({ endSessionUrl: z.string().nullable() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại.').max(200),
  newPassword: password,
});
