import { Alert, Button, Group, Modal, Stack, type MantineColor, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';

interface FormDialogProps extends Omit<ModalProps, 'title' | 'children' | 'onSubmit'> {
  title: ReactNode;
  /** Above the error and the fields: what the form does, or what to know before answering. */
  intro?: ReactNode;
  /** What stopped the last submit (the server's refusal, or the network), shown above the fields. */
  error?: ReactNode;
  /**
   * The record changed since the form was filled in: the error is a warning with a button that reloads
   * it, and saving waits until that is done.
   */
  stale?: { title?: string; onReload: () => void } | false;
  submitLabel: ReactNode;
  submitColor?: MantineColor;
  /** The submit is running: its button shows a loader and cannot be pressed again. */
  pending: boolean;
  /** The form was submitted (Enter or the submit button); the browser's own submit is already stopped. */
  onSubmit: () => void;
  /** Replaces the cancel button: a dialog that must be answered offers another way out. */
  cancel?: ReactNode;
  children?: ReactNode;
}

/** A modal holding one form: the fields, what went wrong, and cancel / submit at the bottom. */
export function FormDialog({
  title,
  intro,
  error,
  stale,
  submitLabel,
  submitColor,
  pending,
  onSubmit,
  cancel,
  children,
  onClose,
  ...modal
}: FormDialogProps) {
  const t = useT();
  return (
    <Modal {...modal} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack>
          {intro}
          {error && (
            <Alert color={stale ? 'orange' : 'red'} role="alert" title={stale ? stale.title : undefined}>
              {stale ? (
                <Stack gap="xs" align="flex-start">
                  {error}
                  <Button size="xs" variant="white" onClick={stale.onReload}>
                    {t('common.reload')}
                  </Button>
                </Stack>
              ) : (
                error
              )}
            </Alert>
          )}
          {children}
          <Group justify="flex-end">
            {cancel ?? (
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" color={submitColor} loading={pending} disabled={Boolean(stale)}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
