import { Alert, Button, Stack, Title } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { isApiError } from '../api/client.js';
import { useT } from '../i18n/I18nProvider.js';

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  const message = isApiError(error) ? error.message : t('app.error');
  return (
    <Stack p="xl" maw={640}>
      <Title order={1}>{t('error.title')}</Title>
      <Alert color="red" role="alert">
        {message}
      </Alert>
      <Button
        w="fit-content"
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {t('app.retry')}
      </Button>
    </Stack>
  );
}
