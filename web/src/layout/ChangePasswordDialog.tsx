import { Alert, Button, PasswordInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { changePasswordRequest } from '../../../src/contracts/auth.js';
import { changePassword, sessionQuery } from '../api/session.js';
import { FormDialog } from '../components/FormDialog.js';
import { useFormSubmission } from '../components/useFormSubmission.js';
import { validateForm } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/**
 * `required`: the account signed in with a published (demo) password; the dialog cannot be dismissed,
 * only answered or left by signing out, and the session is read again once the password is changed.
 */
export function ChangePasswordDialog({
  opened,
  onClose,
  required,
}: {
  opened: boolean;
  onClose: () => void;
  required?: { onSignOut: () => void };
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  const close = () => {
    setForm(EMPTY);
    clear();
    onClose();
  };

  const save = () => {
    const result = validateForm(changePasswordRequest, form);
    const mismatch = form.newPassword !== form.confirm ? t('auth.passwordMismatch') : undefined;
    const checked = mismatch
      ? { ok: false as const, errors: { ...(result.ok ? {} : result.errors), confirm: mismatch } }
      : result;
    void submit(checked, async (data) => {
      await changePassword(data);
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      close();
      if (required) await queryClient.invalidateQueries(sessionQuery);
    });
  };

  return (
    <FormDialog
      opened={opened}
      onClose={required ? () => undefined : close}
      title={t('auth.changePassword')}
      withCloseButton={!required}
      closeOnClickOutside={!required}
      closeOnEscape={!required}
      intro={required && <Alert color="yellow">{t('auth.mustChangePassword')}</Alert>}
      error={serverError}
      submitLabel={t('auth.changePassword')}
      pending={pending}
      onSubmit={save}
      cancel={
        required && (
          <Button variant="default" onClick={required.onSignOut}>
            {t('auth.logout')}
          </Button>
        )
      }
    >
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
    </FormDialog>
  );
}
