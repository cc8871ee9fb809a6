import { SEARCH_MAX_LENGTH } from '../../../src/contracts/common.js';
import { formatNumberVi } from '../i18n/format.js';
import type { MessageKey } from '../i18n/vi.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Whether a search text fits the server's limit; a longer one is shown as an error, not sent. */
export const searchFits = (text: string) => text.trim().length <= SEARCH_MAX_LENGTH;

/** The field's error for a text too long to search, naming its length and the limit; undefined when it fits. */
export function searchTooLong(t: Translate, text: string): string | undefined {
  if (searchFits(text)) return undefined;
  return t('common.searchTooLong', {
    max: formatNumberVi(SEARCH_MAX_LENGTH),
    length: formatNumberVi(text.trim().length),
  });
}
