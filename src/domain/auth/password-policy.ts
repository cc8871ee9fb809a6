import { foldVietnamese } from '../text/fold.js';

/** Who the password is for: a password must not contain their own names. */
export interface PasswordOwner {
  username: string;
  displayName: string;
}

export type PasswordWeakness = 'common' | 'personal';

/** Keyboard rows and alphabet/number runs (both directions are checked). */
const RUNS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb',
  '1q2w3e4r5t6y7u8i9o0p',
];
/** Vietnamese middle names and short words too common to refuse inside a password. */
const NAME_STOPWORDS = new Set(['thi', 'van', 'huu', 'duc', 'cong', 'ubnd', 'phuong']);

const fold = (text: string) => foldVietnamese(text.normalize('NFC')).replace(/\s+/g, '');
/** The password without digits and symbols at either end: "Matkhau@2025" -> "matkhau". */
const coreOf = (folded: string) => folded.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');

function isRun(text: string): boolean {
  if (text.length < 4) return false;
  return RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text));
}

/**
 * Why a new password is too easy to guess, or null. Refused: a listed common password (also with digits and
 * symbols added at either end), few distinct characters ("aaaaaaaaa1"), keyboard or alphabet runs
 * ("qwerty12345"), and the owner's username or names (folded, without diacritics).
 */
export function passwordWeakness(
  password: string,
  owner: PasswordOwner,
  common: ReadonlySet<string>,
): PasswordWeakness | null {
  const folded = fold(password);
  const core = coreOf(folded);
  if (common.has(folded) || common.has(core)) return 'common';
  if (new Set(folded).size < 4) return 'common';
  if (isRun(core) || core.split(/[^a-z0-9]+/).every((part) => part === '' || isRun(part) || new Set(part).size === 1))
    return 'common';

  const letters = folded.replace(/[^a-z0-9]/g, '');
  const username = fold(owner.username).replace(/[^a-z0-9]/g, '');
  // The person's name is the part before any "(unit)" the display name may carry.
  const nameWords = foldVietnamese(owner.displayName.replace(/\(.*$/, '')).split(/[^a-z0-9]+/);
  const userWords = fold(owner.username).split(/[^a-z0-9]+/);
  const personal = [username, nameWords.join(''), ...nameWords, ...userWords].filter(
    (w) => w.length >= 3 && !NAME_STOPWORDS.has(w),
  );
  if (personal.some((word) => letters.includes(word))) return 'personal';
  return null;
}
