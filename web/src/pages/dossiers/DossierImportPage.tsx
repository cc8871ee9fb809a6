import { Alert, Autocomplete, Button, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';
import { isApiError } from '../../api/client.js';
import { dossierKeys, dossierSourcesQuery, uploadDossierFile } from '../../api/dossiers.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportPreview } from './ImportPreview.js';

const route = getRouteApi('/app/ho-so-tthc');
const ACCEPTED = '.csv,.xlsx,.json,.ndjson,.jsonl,.txt';

/**
 * "Nhập hồ sơ TTHC": the coordinator names the source system and uploads its export; the file is read
 * (nothing written) and its preview opens on the same page (`?importId=`), with the column mapping, the
 * refused rows, the writing job's progress and its result. Past imports are listed below.
 */
export function DossierImportPage() {
  const t = useT();
  const { importId } = route.useSearch();
  const navigate = useNavigate({ from: '/ho-so-tthc' });
  return (
    <PageShell title={t('dossiers.title')} intro={t('dossiers.intro')}>
      {importId ? (
        <ImportPreview key={importId} importId={importId} onAnother={() => void navigate({ search: {} })} />
      ) : (
        <UploadForm onUploaded={(id) => void navigate({ search: { importId: id } })} />
      )}
      <ImportHistory />
    </PageShell>
  );
}

function UploadForm({ onUploaded }: { onUploaded: (importId: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const fileInputId = useId();
  const { data: sources } = useQuery(dossierSourcesQuery);
  const [source, setSource] = useState('');
  const [touched, setTouched] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ source?: string; file?: string }>({});
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The last source used is the likely one: offered first.
  const known = [...(sources ?? [])].sort((a, b) => (b.lastImportAt ?? '').localeCompare(a.lastImportAt ?? ''));
  if (!touched && source === '' && known[0]) setSource(known[0].name);

  const submit = async () => {
    const name = source.trim();
    const problems = {
      source: name ? undefined : t('dossiers.sourceRequired'),
      file: file ? undefined : t('dossiers.fileRequired'),
    };
    setErrors(problems);
    if (!name || !file) return;
    setError(null);
    setSent(0);
    try {
      const draft = await uploadDossierFile(file, name, { onProgress: setSent });
      queryClient.setQueryData(dossierKeys.import(draft.id), draft);
      await queryClient.invalidateQueries({ queryKey: dossierKeys.imports });
      await queryClient.invalidateQueries({ queryKey: dossierKeys.sources });
      onUploaded(draft.id);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setSent(null);
    }
  };

  const reading = sent !== null && sent >= 1;
  return (
    <Section title={t('dossiers.uploadSection')}>
      <Stack>
        <Autocomplete
          label={t('dossiers.source')}
          description={t('dossiers.sourceHint')}
          data={known.map((s) => s.name)}
          value={source}
          onChange={(value) => {
            setTouched(true);
            setSource(value);
            setErrors((now) => ({ ...now, source: undefined }));
          }}
          error={errors.source}
          maxLength={100}
          required
          maw={480}
        />
        <Input.Wrapper
          label={t('dossiers.file')}
          description={t('dossiers.fileFormats', { limit: UPLOAD_LIMIT_MB })}
          error={errors.file}
          id={fileInputId}
          required
        >
          <input
            id={fileInputId}
            type="file"
            accept={ACCEPTED}
            disabled={sent !== null}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setErrors((now) => ({ ...now, file: undefined }));
              setError(null);
            }}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
        {sent !== null && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {reading ? t('dossiers.uploadReading') : t('dossiers.uploadSending', { percent: Math.round(sent * 100) })}
            </Text>
            <Progress value={sent * 100} animated={reading} aria-label={t('dossiers.uploadProgress')} />
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert" title={t('dossiers.uploadFailed')}>
            {error}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void submit()} loading={sent !== null}>
            {t('dossiers.uploadSubmit')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
