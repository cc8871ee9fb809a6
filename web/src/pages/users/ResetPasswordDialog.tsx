import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { resetPasswordRequest, type UserSummary } from '../../../../src/contracts/users.js';
import { isApiError } from '../../api/client.js';
import { resetPassword, userKeys } from '../../api/users.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

export function ResetPasswordDialog({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setNewPassword('');
    setConfirm('');
    setErrors({});
    setServerError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    const result = validateForm(resetPasswordRequest, { newPassword });
    const mismatch = newPassword !== confirm ? t('auth.passwordMismatch') : undefined;
    if (!result.ok || mismatch) {
      setErrors({ ...(result.ok ? {} : result.errors), ...(mismatch ? { confirm: mismatch } : {}) });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await resetPassword(user.id, result.data);
      notifications.show({ color: 'green', message: t('users.resetDone') });
      // A reset changes the account (version, lock): the list must show it as it is now.
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      close();
    } catch (error) {
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? t('users.resetPasswordFor', { username: user.username }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            required
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={errors.newPassword}
            data-autofocus
          />
          <PasswordInput
            label={t('auth.confirmPassword')}
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={errors.confirm}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
