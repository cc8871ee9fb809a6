import { NativeSelect } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider.js';
import { LOCALES, type Locale } from '../i18n/translate.js';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <NativeSelect
      aria-label={t('lang.label')}
      size="xs"
      value={locale}
      onChange={(event) => setLocale(event.currentTarget.value as Locale)}
      data={LOCALES.map((value) => ({ value, label: t(`lang.${value}`) }))}
    />
  );
}
