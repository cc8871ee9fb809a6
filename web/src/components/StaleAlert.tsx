import { Alert } from '@mantine/core';
import { useT } from '../i18n/I18nProvider.js';

/** Said after a save was refused because someone else saved first (HTTP 409) and the latest data was loaded. */
export function StaleAlert({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Alert
      color="orange"
      role="alert"
      title={t('stale.title')}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      {t('stale.body')}
    </Alert>
  );
}
