import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { changePasswordRequest } from '../../../src/contracts/auth.js';
import { isApiError } from '../api/client.js';
import { changePassword } from '../api/session.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
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
    } catch (error) {
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
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
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('auth.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
