/** A campaign's state on a day, from its dates and whether it was cancelled. */
export type CampaignStatus = 'upcoming' | 'open' | 'ended' | 'cancelled';

export function campaignStatus(
  c: { startsOn: string; endsOn: string; cancelledAt: Date | null },
  today: string,
): CampaignStatus {
  if (c.cancelledAt) return 'cancelled';
  if (today < c.startsOn) return 'upcoming';
  if (today > c.endsOn) return 'ended';
  return 'open';
}

/** The public link of a campaign's unit, below the server's address. */
export const surveyPublicPath = (token: string) => `/khao-sat/${token}`;

/** Letters and digits that cannot be mistaken for one another when printed and typed (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

/** A typed code made comparable: upper case, spaces and dashes removed. */
export const normaliseSurveyCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/** How a printed code is shown: two groups of four. */
export const printedSurveyCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
