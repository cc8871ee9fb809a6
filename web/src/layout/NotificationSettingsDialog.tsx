import { Checkbox, Loader, MultiSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notificationSettingsBody } from '../../../src/contracts/reporting.js';
import {
  notificationSettingsQuery,
  reportingKeys,
  updateNotificationSettings,
  type NotificationSettings,
} from '../api/reporting.js';
import { FormDialog } from '../components/FormDialog.js';
import { useFormSubmission } from '../components/useFormSubmission.js';
import { validateForm } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

const DAY_CHOICES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60];

/** When and how the user is reminded of deadlines: days before, on the day, weekly while overdue; in the app and/or by e-mail. */
export function NotificationSettingsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { data } = useQuery({ ...notificationSettingsQuery, enabled: opened });
  const [form, setForm] = useState<NotificationSettings | undefined>(data);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  // Each opening starts from the settings as the server has them, and so does any change there.
  const [shownFor, setShownFor] = useState({ opened, data });
  if (opened !== shownFor.opened || data !== shownFor.data) {
    setShownFor({ opened, data });
    setForm(data);
    if (opened !== shownFor.opened) clear();
  }
  const flag = (key: 'onDueDate' | 'weeklyWhileOverdue' | 'inApp' | 'email', label: string) =>
    form && (
      <Checkbox
        label={label}
        checked={form[key]}
        onChange={(event) => setForm({ ...form, [key]: event.currentTarget.checked })}
      />
    );

  const save = () => {
    if (!form) return;
    void submit(validateForm(notificationSettingsBody, form), async (settings) => {
      queryClient.setQueryData(reportingKeys.notificationSettings, await updateNotificationSettings(settings));
      notifications.show({ color: 'green', message: t('settings.saved') });
      onClose();
    });
  };

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('settings.title')}
      error={serverError}
      submitLabel={t('common.save')}
      pending={pending || !form}
      onSubmit={save}
    >
      {form ? (
        <>
          <MultiSelect
            label={t('settings.daysBefore')}
            description={t('settings.daysBeforeHint')}
            maxValues={5}
            data={[...new Set([...DAY_CHOICES, ...form.daysBefore])].sort((a, b) => a - b).map(String)}
            value={form.daysBefore.map(String)}
            onChange={(values) => setForm({ ...form, daysBefore: values.map(Number).sort((a, b) => b - a) })}
            error={errors.daysBefore}
          />
          {flag('onDueDate', t('settings.onDueDate'))}
          {flag('weeklyWhileOverdue', t('settings.weekly'))}
          {flag('inApp', t('settings.inApp'))}
          {flag('email', t('settings.email'))}
        </>
      ) : (
        <Loader aria-label={t('app.loading')} />
      )}
    </FormDialog>
  );
}
