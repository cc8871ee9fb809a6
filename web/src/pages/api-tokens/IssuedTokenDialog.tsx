import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { issuedApiToken } from '../../../../src/contracts/api-tokens.js';
import { TOKEN_SCOPES } from '../../../../src/domain/access/policy.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/**
 * The token just issued, shown this once: cchc keeps only its hash, so it is copied now or never. Closing the dialog
 * is the page forgetting it (the page holds it in state only until then).
 */
export function IssuedTokenDialog({
  issued,
  onClose,
}: {
  issued: z.infer<typeof issuedApiToken> | null;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  // The system's name (not the token) stays for the title while the dialog fades out.
  const [name, setName] = useState(issued?.apiToken.name ?? '');
  if (issued && issued.apiToken.name !== name) setName(issued.apiToken.name);
  return (
    <Modal
      opened={issued !== null}
      onClose={onClose}
      title={t('apiTokens.issuedTitle', { name })}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {issued && (
        <Stack>
          <Alert color="orange" role="alert" title={t('apiTokens.onceTitle')}>
            {t('apiTokens.onceWarning', { name })}
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('apiTokens.token')}
              value={issued.token}
              readOnly
              flex={1}
              autoComplete="off"
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={issued.token}>
              {({ copied, copy }) => (
                <Button
                  color={copied ? 'teal' : undefined}
                  variant={copied ? 'light' : 'filled'}
                  onClick={copy}
                  data-autofocus
                >
                  {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <div>
            <Text size="sm">{t('apiTokens.usage')}</Text>
            <Code block>{t('apiTokens.usageHeader')}</Code>
          </div>
          <Text size="sm" c="dimmed">
            {t('apiTokens.usageScopes', {
              scopes: issued.apiToken.scopes.map((scope) => TOKEN_SCOPES[scope][locale]).join('; '),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('apiTokens.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
