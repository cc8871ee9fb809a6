import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { reasonBody } from '../../../src/contracts/common.js';
import { isApiError } from '../api/client.js';
import { validateForm } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onClose: () => void;
  /** Does the work; a thrown ApiError's message is shown in the dialog. */
  onConfirm: (reason: string) => Promise<void>;
}

/** Archiving asks why: the reason goes to the audit log. */
export function ReasonDialog({ opened, title, body, confirmLabel, onClose, onConfirm }: ReasonDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setError(undefined);
    setServerError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(reasonBody, { reason });
    if (!result.ok) {
      setError(result.errors.reason);
      return;
    }
    setError(undefined);
    setServerError(null);
    setBusy(true);
    try {
      await onConfirm(result.data.reason);
      close();
    } catch (caught) {
      setServerError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">{body}</Text>
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
          <Textarea
            label={t('common.reason')}
            description={t('common.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
