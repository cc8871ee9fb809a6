import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/I18nProvider.js';
import { AnchorLink } from '../components/AnchorLink.js';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack p="xl" maw={640}>
      <Title order={1}>404</Title>
      <Text>{t('app.notFound')}</Text>
      <AnchorLink to="/">{t('app.backHome')}</AnchorLink>
    </Stack>
  );
}
