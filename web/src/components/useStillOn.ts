import { useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';

/**
 * Whether the app is still headed for `pathname`. A debounced search update must not fire after
 * the user clicked away (the old page stays mounted while the next one loads), or it would
 * pull them back.
 */
export function useStillOn(pathname: string): () => boolean {
  const router = useRouter();
  return useCallback(() => router.latestLocation.pathname === pathname, [router, pathname]);
}
