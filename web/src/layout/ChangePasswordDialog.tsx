import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { changePasswordRequest } from '../../../src/contracts/auth.js';
import { isApiError } from '../api/client.js';
import { changePassword, sessionQuery } from '../api/session.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/**
 * `required`: the account signed in with a published (demo) password; the dialog cannot be dismissed,
 * only answered or left by signing out, and the session is read again once the password is changed.
 */
export function ChangePasswordDialog({ opened, onClose, required }: { opened: boolean; onClose: () => void; required?: { onSignOut: () => void } }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setForm(EMPTY);
    setErrors({});
    setServerError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = validateForm(changePasswordRequest, form);
    const mismatch = form.newPassword !== form.confirm ? t('auth.passwordMismatch') : undefined;
    if (!result.ok || mismatch) {
      setErrors({ ...(result.ok ? {} : result.errors), ...(mismatch ? { confirm: mismatch } : {}) });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await changePassword(result.data);
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      close();
      if (required) await queryClient.invalidateQueries(sessionQuery);
    } catch (error) {
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={required ? () => undefined : close}
      title={t('auth.changePassword')}
      withCloseButton={!required}
      closeOnClickOutside={!required}
      closeOnEscape={!required}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {required && <Alert color="yellow">{t('auth.mustChangePassword')}</Alert>}
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            required
            value={form.currentPassword}
            onChange={(event) => setForm({ ...form, currentPassword: event.currentTarget.value })}
            error={errors.currentPassword}
          />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            value={form.newPassword}
            onChange={(event) => setForm({ ...form, newPassword: event.currentTarget.value })}
            error={errors.newPassword}
          />
          <PasswordInput
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            required
            value={form.confirm}
            onChange={(event) => setForm({ ...form, confirm: event.currentTarget.value })}
            error={errors.confirm}
          />
          <Group justify="flex-end">
            {required ? (
              <Button variant="default" onClick={required.onSignOut}>
                {t('auth.logout')}
              </Button>
            ) : (
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={saving}>
              {t('auth.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
