import { PasswordInput, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '../../../../src/contracts/auth.js';
import { createUserRequest, updateUserRequest, type UserSummary } from '../../../../src/contracts/users.js';
import { createUser, updateUser, userKeys } from '../../api/users.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { roleOptions } from '../../units/labels.js';

interface UserForm {
  username: string;
  displayName: string;
  email: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  password: string;
}

const formOf = (user: UserSummary | undefined): UserForm => ({
  username: user?.username ?? '',
  displayName: user?.displayName ?? '',
  email: user?.email ?? '',
  role: user?.role ?? 'reporter',
  unitId: user?.unitId ?? null,
  unitName: user?.unitName ?? null,
  password: '',
});

/** Adds a user, or edits one (name, e-mail, role, unit); passwords are reset separately. */
export function UserFormDialog({
  opened,
  onClose,
  user,
}: {
  opened: boolean;
  onClose: () => void;
  user?: UserSummary;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<UserForm>(() => formOf(user));
  const { errors, serverError, stale, pending, clear, submit } = useFormSubmission();
  useOnOpen(opened, () => {
    setForm(formOf(user));
    clear();
  });

  const set = <K extends keyof UserForm>(key: K, value: UserForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const email = form.email.trim() || null;

  const done = async () => {
    notifications.show({ color: 'green', message: user ? t('common.saved') : t('users.created') });
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
    onClose();
  };

  const save = () => {
    const common = { displayName: form.displayName, email, role: form.role, unitId: form.unitId };
    if (user)
      void submit(validateForm(updateUserRequest, { ...common, version: user.version }), (data) =>
        updateUser(user.id, data).then(done),
      );
    else
      void submit(
        validateForm(createUserRequest, { ...common, username: form.username, password: form.password }),
        (data) => createUser(data).then(done),
      );
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
    onClose();
  };

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      error={serverError}
      stale={stale && { onReload: () => void reload() }}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      {!user && (
        <TextInput
          label={t('users.username')}
          required
          autoComplete="off"
          value={form.username}
          onChange={(event) => set('username', event.currentTarget.value)}
          error={errors.username}
        />
      )}
      <TextInput
        label={t('users.displayName')}
        required
        value={form.displayName}
        onChange={(event) => set('displayName', event.currentTarget.value)}
        error={errors.displayName}
      />
      <TextInput
        label={t('users.email')}
        type="email"
        value={form.email}
        onChange={(event) => set('email', event.currentTarget.value)}
        error={errors.email}
      />
      <Select
        label={t('users.role')}
        required
        allowDeselect={false}
        data={roleOptions(t)}
        value={form.role}
        onChange={(value) => value && set('role', value as Role)}
        error={errors.role}
      />
      <UnitPicker
        label={t('users.unit')}
        required={form.role === 'reporter'}
        value={form.unitId}
        valueLabel={form.unitName}
        onChange={(unitId, unitName) => setForm((current) => ({ ...current, unitId, unitName }))}
        error={errors.unitId}
      />
      {!user && (
        <PasswordInput
          label={t('users.password')}
          description={t('auth.passwordRule')}
          required
          autoComplete="new-password"
          value={form.password}
          onChange={(event) => set('password', event.currentTarget.value)}
          error={errors.password}
        />
      )}
    </FormDialog>
  );
}
