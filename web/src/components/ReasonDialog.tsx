import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { reasonBody } from '../../../src/contracts/common.js';
import { validateForm } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';
import { FormDialog } from './FormDialog.js';
import { useFormSubmission } from './useFormSubmission.js';

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
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  const close = () => {
    setReason('');
    clear();
    onClose();
  };

  const confirm = () =>
    void submit(validateForm(reasonBody, { reason }), async (data) => {
      await onConfirm(data.reason);
      close();
    });

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={title}
      intro={<Text size="sm">{body}</Text>}
      error={serverError}
      submitLabel={confirmLabel}
      submitColor="red"
      pending={pending}
      onSubmit={confirm}
    >
      <Textarea
        label={t('common.reason')}
        description={t('common.reasonHint')}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.reason}
        data-autofocus
      />
    </FormDialog>
  );
}
