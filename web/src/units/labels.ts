import { GOVERNMENT_LEVELS, SUCCESSION_KINDS, UNIT_KINDS } from '../../../src/domain/units/types.js';
import { ROLES } from '../../../src/contracts/auth.js';
import type { MessageKey } from '../i18n/vi.js';

type Translate = (key: MessageKey) => string;

/** Select options for the enumerations, labelled in the current language. */
export const unitKindOptions = (t: Translate) => UNIT_KINDS.map((value) => ({ value, label: t(`unitKind.${value}`) }));
export const levelOptions = (t: Translate) => GOVERNMENT_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }));
export const successionKindOptions = (t: Translate) =>
  SUCCESSION_KINDS.map((value) => ({ value, label: t(`succession.${value}`) }));
export const roleOptions = (t: Translate) => ROLES.map((value) => ({ value, label: t(`role.${value}`) }));
