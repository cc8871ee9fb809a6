import { Alert, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider.js';

export type PendingModule = 'dashboard' | 'scoring';

const TITLES = { dashboard: 'nav.dashboard', scoring: 'nav.scoring' } as const;

/** A module that is not built yet says what it will do, and shows no made-up data. */
export function ModulePlaceholder({ module }: { module: PendingModule }) {
  const t = useT();
  return (
    <Stack maw={760}>
      <Title order={1}>{t(TITLES[module])}</Title>
      <Alert color="yellow" title={t('module.notReady')} role="status">
        <Text size="sm">{t('module.notReadyBody')}</Text>
        <Text size="sm" mt="xs">
          {t(`module.${module}.purpose`)}
        </Text>
      </Alert>
    </Stack>
  );
}
