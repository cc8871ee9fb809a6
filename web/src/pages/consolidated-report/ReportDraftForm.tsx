import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { saveReportDraftRequest } from '../../../../src/contracts/consolidated-report.js';
import { isApiError } from '../../api/client.js';
import { reportsKeys, saveReportDraft, type ReportDraft } from '../../api/consolidated-report.js';
import { DateField } from '../../components/DateField.js';
import { Section } from '../../components/Section.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

type Fields = Omit<ReportDraft, 'periodId' | 'periodLabel' | 'version' | 'updatedAt' | 'recipients'> & {
  recipients: string;
};

const fieldsOf = ({
  periodId: _p,
  periodLabel: _l,
  version: _v,
  updatedAt: _u,
  recipients,
  ...texts
}: ReportDraft): Fields => ({ ...texts, recipients: recipients.join('\n') });

/** Recipients are typed one per line; blank lines are dropped. */
const requestOf = ({ recipients, ...texts }: Fields, version: number) => ({
  ...texts,
  recipients: recipients
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  version,
});

interface ReportDraftFormProps {
  draft: ReportDraft;
  /** Told whenever the form starts or stops holding unsaved changes (a build uses the saved texts only). */
  onDirtyChange: (dirty: boolean) => void;
}

/** The coordinator's own parts of the consolidated report, saved with the version read (409 if someone saved since). */
export function ReportDraftForm({ draft, onDirtyChange }: ReportDraftFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState(() => fieldsOf(draft));
  const [base, setBase] = useState(draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  // A new version from the server (saved here, or reloaded after a conflict) replaces the working copy.
  if (base !== draft) {
    setBase(draft);
    setFields(fieldsOf(draft));
  }
  const dirty = JSON.stringify(fields) !== JSON.stringify(fieldsOf(draft));
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set =
    <K extends keyof Fields>(key: K) =>
    (value: Fields[K]) =>
      setFields((current) => ({ ...current, [key]: value }));
  const text = (key: Exclude<keyof Fields, 'issuedOn'>) => ({
    value: fields[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key)(event.currentTarget.value),
    error: errors[key],
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const checked = validateForm(saveReportDraftRequest, requestOf(fields, draft.version));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveReportDraft(draft.periodId, checked.data);
      setStale(false);
      queryClient.setQueryData(reportsKeys.draft(draft.periodId), saved);
      notifications.show({ color: 'green', message: t('consolidated.saved') });
    } catch (caught) {
      if (isApiError(caught) && caught.status === 409) {
        setStale(true);
        await queryClient.invalidateQueries({ queryKey: reportsKeys.draft(draft.periodId) });
        return;
      }
      if (isApiError(caught)) setErrors(serverFieldErrors(caught.details));
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('consolidated.draft')} hint={t('consolidated.draftHint')}>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack>
          {stale && <StaleAlert onClose={() => setStale(false)} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('consolidated.issuingBody')} required {...text('issuingBody')} />
            <Group grow align="flex-start">
              <TextInput
                label={t('consolidated.referenceNumber')}
                description={t('consolidated.referenceNumberHint')}
                {...text('referenceNumber')}
              />
              <TextInput label={t('consolidated.referenceSymbol')} required {...text('referenceSymbol')} />
            </Group>
            <DateField
              label={t('consolidated.issuedOn')}
              description={t('consolidated.issuedOnHint')}
              clearable
              value={fields.issuedOn}
              onChange={set('issuedOn')}
              error={errors.issuedOn}
            />
          </SimpleGrid>
          <Textarea
            label={t('consolidated.introduction')}
            autosize
            minRows={3}
            maxRows={12}
            {...text('introduction')}
          />
          <Textarea
            label={t('consolidated.conclusions')}
            description={t('consolidated.conclusionsHint')}
            autosize
            minRows={3}
            maxRows={16}
            {...text('conclusions')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('consolidated.signerAuthority')}
              description={t('consolidated.signerAuthorityHint')}
              {...text('signerAuthority')}
            />
            <TextInput label={t('consolidated.signerPosition')} required {...text('signerPosition')} />
            <TextInput label={t('consolidated.signerName')} {...text('signerName')} />
          </SimpleGrid>
          <Textarea
            label={t('consolidated.recipients')}
            description={t('consolidated.recipientsHint')}
            required
            autosize
            minRows={3}
            maxRows={10}
            {...text('recipients')}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            {dirty && (
              <Text size="sm" c="orange" role="status">
                {t('consolidated.unsaved')}
              </Text>
            )}
            <Button type="submit" loading={busy}>
              {t('consolidated.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
