import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordRequest, loginRequest} from '../../../src/contracts/auth.js';
import { sessionResponse, type CurrentUser, type SessionResponse } from '../../../src/contracts/auth.js';
import { apiCall, apiRequest, isApiError, setCsrfToken } from './client.js';

/** The signed-in session, or null when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: Infinity,
  retry: false,
});

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return remember(await apiRequest('/auth/me', sessionResponse, { notify: false }));
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
  return remember(await apiRequest('/auth/login', sessionResponse, { body: input, notify: false }));
}

export async function logout(): Promise<void> {
  try {
    await apiCall('/auth/logout', { method: 'POST', notify: false });
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(input: z.input<typeof changePasswordRequest>): Promise<void> {
  return apiCall('/auth/password', { body: input, notify: false });
}

/** The signed-in user; only used below the route guard, which guarantees a session. */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useCurrentUser needs a session: the route guard should have redirected');
  return data.user;
}
