import { useState } from 'react';

/**
 * Runs `start` each time a dialog opens (a fresh form, the record as it is now), while rendering: React's way to
 * adjust state when a prop changes, so the first frame of the opened dialog already shows what `start` set.
 */
export function useOnOpen(opened: boolean, start: () => void): void {
  const [lastOpened, setLastOpened] = useState(false);
  if (opened !== lastOpened) {
    setLastOpened(opened);
    if (opened) start();
  }
}
