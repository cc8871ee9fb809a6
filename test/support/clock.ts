/**
 * The instant most reporting tests live at: after the 2025 reorganisation (the new communes exist and carry
 * the Quảng Trị plan's commune work), before the M9 period is due.
 */
export const AFTER_REORGANISATION = '2025-08-05T03:00:00Z';

/** A clock that stands still until a test moves it (`clock.now = …`); contexts read it through `now()`. */
export interface FixedClock {
  now: Date;
}

export const fixedClock = (at: string | Date = AFTER_REORGANISATION): FixedClock => ({ now: new Date(at) });
