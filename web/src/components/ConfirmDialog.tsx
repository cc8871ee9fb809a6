import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';
import type { ConfirmRequest } from './confirm-request.js';

export type { ConfirmRequest };

/** How many names the dialog lists before saying "và N đơn vị khác". */
const LISTED = 15;

/**
 * Asks before an irreversible or wide action and says what it will do. `confirm(request)` opens the
 * dialog and resolves true on the confirm button, false on Cancel, Escape or closing; render `dialog`.
 * Cancel has the focus, so an Enter pressed out of habit changes nothing.
 */
export function useConfirm(): [confirm: (request: ConfirmRequest) => Promise<boolean>, dialog: ReactNode] {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const settle = useRef<((ok: boolean) => void) | null>(null);
  const confirm = useCallback(
    (next: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        settle.current?.(false);
        settle.current = resolve;
        setRequest(next);
      }),
    [],
  );
  const answer = (ok: boolean) => {
    settle.current?.(ok);
    settle.current = null;
    setRequest(null);
  };
  return [confirm, <ConfirmDialog key="confirm" request={request} onAnswer={answer} />];
}

function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest | null; onAnswer: (ok: boolean) => void }) {
  const t = useT();
  const names = request?.names;
  const extra = names ? names.items.length - LISTED : 0;
  return (
    <Modal
      opened={request !== null}
      onClose={() => onAnswer(false)}
      title={request?.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {request && (
        <Stack>
          {request.lines.map((line, index) => (
            <Text key={index} size="sm">
              {line}
            </Text>
          ))}
          {names && names.items.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                {names.label}
              </Text>
              <List size="sm" aria-label={names.label}>
                {names.items.slice(0, LISTED).map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
                {extra > 0 && <List.Item>{t('confirm.andMore', { count: extra })}</List.Item>}
              </List>
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onAnswer(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color={request.color} onClick={() => onAnswer(true)}>
              {request.confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
