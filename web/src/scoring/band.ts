import { foldVietnamese } from '../../../src/domain/text/fold.js';
import type { MessageKey } from '../i18n/vi.js';

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/**
 * Classification bands are named by each criteria set (data, not code), but almost every set uses the same few
 * names; those are translated, any other name is shown as the set wrote it.
 */
const KNOWN_BANDS: Record<string, MessageKey> = {
  'xuat sac': 'band.excellent',
  tot: 'band.good',
  kha: 'band.fair',
  'trung binh': 'band.average',
  yeu: 'band.weak',
  kem: 'band.poor',
};

export function bandLabel(t: Translate, band: string): string {
  const folded = foldVietnamese(band);
  const key = KNOWN_BANDS[folded];
  if (key) return t(key);
  // "Nhóm A", "Nhóm 2": groups named by a letter or number.
  const group = /^nhom ([a-z0-9]+)$/.exec(folded);
  return group ? t('band.group', { name: band.trim().split(/\s+/).at(-1)! }) : band;
}
