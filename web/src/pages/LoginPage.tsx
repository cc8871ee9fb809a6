import {
  Alert,
  Button,
  Center,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { loginRequest, safeReturnPath, SINGLE_SIGN_ON_PATHS } from '../../../src/contracts/auth.js';
import { isApiError } from '../api/client.js';
import { login, sessionQuery, signInOptionsQuery } from '../api/session.js';
import { validateForm, type FieldErrors } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';

const loginRoute = getRouteApi('/dang-nhap');

/** The server's single sign-on route (a navigation to the identity provider, not an API call). */
const singleSignOnHref = (redirect: string) => `${SINGLE_SIGN_ON_PATHS.start}?redirect=${encodeURIComponent(redirect)}`;

const SSO_ERRORS = [
  'SSO_NOT_CONFIGURED',
  'SSO_UNAVAILABLE',
  'SSO_FAILED',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_NO_ACCOUNT',
  'SSO_AMBIGUOUS_ACCOUNT',
  'SSO_ACCOUNT_ARCHIVED',
] as const;
/** The refusal the callback named, said in the page's language (any other code: the sign-in failed). */
const ssoErrorKey = (code: string) =>
  `auth.ssoError.${SSO_ERRORS.find((known) => known === code) ?? 'SSO_FAILED'}` as const;

export function LoginPage() {
  const t = useT();
  const search = loginRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useQuery(signInOptionsQuery).data;
  const passwordLogin = options?.passwordLogin ?? true;
  const singleSignOn = options?.singleSignOn ?? null;
  const ssoError = search.sso ? t(ssoErrorKey(search.sso)) : null;
  const shownError = serverError ?? ssoError;

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
      await navigate({ href: safeReturnPath(search.redirect) });
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
                {t(passwordLogin ? 'auth.loginIntro' : 'auth.ssoOnlyIntro')}
              </Text>
              {shownError && (
                <Alert color="red" role="alert">
                  {shownError}
                </Alert>
              )}
              {singleSignOn && (
                <Button
                  component="a"
                  href={singleSignOnHref(safeReturnPath(search.redirect))}
                  variant="filled"
                  fullWidth
                >
                  {t('auth.sso', { label: singleSignOn.label })}
                </Button>
              )}
              {singleSignOn && passwordLogin && <Divider label={t('auth.ssoOr')} labelPosition="center" />}
              {passwordLogin && (
                <>
                  <TextInput
                    label={t('auth.username')}
                    autoComplete="username"
                    autoFocus={!singleSignOn}
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
                  <Button type="submit" loading={busy} fullWidth variant={singleSignOn ? 'light' : 'filled'}>
                    {t('auth.login')}
                  </Button>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
