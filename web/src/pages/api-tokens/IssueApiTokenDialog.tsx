import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { issueApiTokenRequest, type issuedApiToken } from '../../../../src/contracts/api-tokens.js';
import { TOKEN_SCOPE_NAMES, TOKEN_SCOPES, type TokenScopeName } from '../../../../src/domain/access/policy.js';
import { localDateOf } from '../../../../src/domain/text/format.js';
import { apiTokenKeys, issueApiToken } from '../../api/api-tokens.js';
import { DateField } from '../../components/DateField.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useI18n } from '../../i18n/I18nProvider.js';

interface IssueForm {
  name: string;
  scopes: TokenScopeName[];
  expiresOn: string | null;
}

const EMPTY: IssueForm = { name: '', scopes: [], expiresOn: null };

/**
 * Issues a token to another system: its name, its scopes, the last day it works (none: until revoked). The
 * token the server answers is handed to `onIssued` at once and kept nowhere here.
 */
export function IssueApiTokenDialog({
  opened,
  onClose,
  onIssued,
}: {
  opened: boolean;
  onClose: () => void;
  onIssued: (issued: z.infer<typeof issuedApiToken>) => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<IssueForm>(EMPTY);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  useOnOpen(opened, () => {
    setForm(EMPTY);
    clear();
  });

  const save = () =>
    void submit(validateForm(issueApiTokenRequest, form), async (data) => {
      const issued = await issueApiToken(data);
      await queryClient.invalidateQueries({ queryKey: apiTokenKeys.all });
      onClose();
      onIssued(issued);
    });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('apiTokens.issueTitle')}
      error={serverError}
      submitLabel={t('apiTokens.issueSubmit')}
      pending={pending}
      onSubmit={save}
      size="lg"
    >
      <TextInput
        label={t('apiTokens.name')}
        description={t('apiTokens.nameHint')}
        required
        autoComplete="off"
        value={form.name}
        onChange={(event) => {
          const name = event.currentTarget.value;
          setForm((current) => ({ ...current, name }));
        }}
        error={errors.name}
        data-autofocus
      />
      <Checkbox.Group
        label={t('apiTokens.scopes')}
        description={t('apiTokens.scopesHint')}
        required
        value={form.scopes}
        onChange={(scopes) => setForm((current) => ({ ...current, scopes: scopes as TokenScopeName[] }))}
        error={errors.scopes}
      >
        <Stack gap="xs" mt="xs">
          {TOKEN_SCOPE_NAMES.map((scope) => (
            <Checkbox
              key={scope}
              value={scope}
              label={TOKEN_SCOPES[scope][locale]}
              description={scope}
              styles={{ description: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <DateField
        label={t('apiTokens.expires')}
        description={t('apiTokens.expiresHint')}
        clearable
        minDate={localDateOf(new Date())}
        value={form.expiresOn}
        onChange={(expiresOn) => setForm((current) => ({ ...current, expiresOn }))}
        error={errors.expiresOn}
        maw={260}
      />
    </FormDialog>
  );
}
