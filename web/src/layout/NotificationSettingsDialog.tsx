import { Alert, Button, Checkbox, Group, Loader, Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { notificationSettingsBody } from '../../../src/contracts/reporting.js';
import { isApiError } from '../api/client.js';
import { notificationSettingsQuery, reportingKeys, updateNotificationSettings, type NotificationSettings } from '../api/reporting.js';
import { validateForm } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

const DAY_CHOICES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60];

/** When and how the user is reminded of deadlines: days before, on the day, weekly while overdue; in the app and/or by e-mail. */
export function NotificationSettingsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const { data } = useQuery({ ...notificationSettingsQuery, enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {data ? <SettingsForm key={JSON.stringify(data)} initial={data} onClose={onClose} /> : <Loader aria-label={t('app.loading')} />}
    </Modal>
  );
}

function SettingsForm({ initial, onClose }: { initial: NotificationSettings; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const flag = (key: 'onDueDate' | 'weeklyWhileOverdue' | 'inApp' | 'email', label: string) => (
    <Checkbox label={label} checked={form[key]} onChange={(event) => setForm({ ...form, [key]: event.currentTarget.checked })} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateForm(notificationSettingsBody, form);
    if (!checked.ok) return setError(Object.values(checked.errors)[0] ?? null);
    setSaving(true);
    setError(null);
    try {
      queryClient.setQueryData(reportingKeys.notificationSettings, await updateNotificationSettings(checked.data));
      notifications.show({ color: 'green', message: t('settings.saved') });
      onClose();
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <MultiSelect
          label={t('settings.daysBefore')}
          description={t('settings.daysBeforeHint')}
          maxValues={5}
          data={[...new Set([...DAY_CHOICES, ...form.daysBefore])].sort((a, b) => a - b).map(String)}
          value={form.daysBefore.map(String)}
          onChange={(values) => setForm({ ...form, daysBefore: values.map(Number).sort((a, b) => b - a) })}
        />
        {flag('onDueDate', t('settings.onDueDate'))}
        {flag('weeklyWhileOverdue', t('settings.weekly'))}
        {flag('inApp', t('settings.inApp'))}
        {flag('email', t('settings.email'))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
