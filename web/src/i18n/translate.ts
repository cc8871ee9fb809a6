import { en } from './en.js';
import { vi, type Catalogue, type MessageKey } from './vi.js';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

const catalogues: Record<Locale, Catalogue> = { vi, en };
export type TranslateParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; numbers are written Vietnamese-style by the caller. */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = catalogues[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const STORAGE_KEY = 'cchc.locale';

export function storedLocale(): Locale {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
}

export function storeLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

/** The locale chosen now, for code outside React (the API client's own messages). */
let activeLocale: Locale = 'vi';
export function setActiveLocale(locale: Locale): void {
  activeLocale = locale;
}
export function t(key: MessageKey, params?: TranslateParams): string {
  return translate(activeLocale, key, params);
}
