import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  changePasswordRequest,
  loginRequest,
  CurrentUser,
  SessionResponse,
  SignInOptions,
} from '../../../src/contracts/auth.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call, isApiError, setCsrfToken } from './client.js';

/** The signed-in session, or null when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: Infinity,
  retry: false,
});

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return remember(await call(endpoints.getCurrentSession, {}, { notify: false }));
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

function remember(session: SessionResponse): SessionResponse {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(input: z.input<typeof loginRequest>): Promise<SessionResponse> {
  return remember(await call(endpoints.login, { body: input }, { notify: false }));
}

/** How people sign in here: the password form, the OpenID provider's button, or both. */
export const signInOptionsQuery = queryOptions({
  queryKey: ['sign-in-options'] as const,
  queryFn: (): Promise<SignInOptions> => call(endpoints.getSignInOptions, {}, { notify: false }),
  staleTime: Infinity,
});

/** Signs out; returns where to end the identity provider's session too, when the session came from it. */
export async function logout(): Promise<string | null> {
  try {
    return (await call(endpoints.logout, {}, { notify: false })).endSessionUrl;
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(input: z.input<typeof changePasswordRequest>): Promise<void> {
  return call(endpoints.changeOwnPassword, { body: input }, { notify: false });
}

/** The signed-in user, or null in the moment between signing out and reaching the login page. */
export function useSessionUser(): CurrentUser | null {
  return useQuery(sessionQuery).data?.user ?? null;
}

/** The signed-in user, for screens inside the app layout (which renders nothing without one). */
export function useCurrentUser(): CurrentUser {
  const user = useSessionUser();
  if (!user) throw new Error('useCurrentUser is for screens inside AppLayout, which needs a session');
  return user;
}
