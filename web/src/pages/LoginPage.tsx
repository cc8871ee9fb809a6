import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { loginRequest } from '../../../src/contracts/auth.js';
import { isApiError } from '../api/client.js';
import { login, sessionQuery } from '../api/session.js';
import { validateForm, type FieldErrors } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';

const loginRoute = getRouteApi('/dang-nhap');

/** Only a path inside this app is a safe place to return to after signing in. */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/dang-nhap')
    ? target
    : '/';
}

export function LoginPage() {
  const t = useT();
  const search = loginRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = validateForm(loginRequest, form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const session = await login(result.data);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      await navigate({ href: safeRedirect(search.redirect) });
    } catch (error) {
      setServerError(isApiError(error) ? error.message : t('error.network'));
      setForm((current) => ({ ...current, password: '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={420}>
        <Group justify="space-between">
          <Text fw={700}>{t('app.name')}</Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="login-title">
            <Stack>
              <Title order={1} size="h2" id="login-title">
                {t('auth.loginTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.loginIntro')}
              </Text>
              {serverError && (
                <Alert color="red" role="alert">
                  {serverError}
                </Alert>
              )}
              <TextInput
                label={t('auth.username')}
                autoComplete="username"
                autoFocus
                required
                value={form.username}
                onChange={(event) => setForm({ ...form, username: event.currentTarget.value })}
                error={errors.username}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                value={form.password}
                onChange={(event) => setForm({ ...form, password: event.currentTarget.value })}
                error={errors.password}
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('auth.login')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
