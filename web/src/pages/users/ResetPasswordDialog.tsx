import { PasswordInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetPasswordRequest, type UserSummary } from '../../../../src/contracts/users.js';
import { resetPassword, userKeys } from '../../api/users.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

export function ResetPasswordDialog({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  const close = () => {
    setNewPassword('');
    setConfirm('');
    clear();
    onClose();
  };

  const save = () => {
    if (!user) return;
    const result = validateForm(resetPasswordRequest, { newPassword });
    const mismatch = newPassword !== confirm ? t('auth.passwordMismatch') : undefined;
    const checked = mismatch
      ? { ok: false as const, errors: { ...(result.ok ? {} : result.errors), confirm: mismatch } }
      : result;
    void submit(checked, async (data) => {
      await resetPassword(user.id, data);
      notifications.show({ color: 'green', message: t('users.resetDone') });
      // A reset changes the account (version, lock): the list must show it as it is now.
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      close();
    });
  };

  return (
    <FormDialog
      opened={user !== null}
      onClose={close}
      title={user ? t('users.resetPasswordFor', { username: user.username }) : ''}
      error={serverError}
      submitLabel={t('users.resetPassword')}
      pending={pending}
      onSubmit={save}
    >
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
    </FormDialog>
  );
}
