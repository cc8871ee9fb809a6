import { Alert, Anchor, Badge, Button, Group, Input, List, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { isSafeLink } from '../../../../src/domain/text/safe-link.js';
import { isApiError } from '../../api/client.js';
import { downloads, linkEvidence, uploadEvidence, type LeafView, type UnitScoring } from '../../api/scoring.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

interface LeafEvidenceProps {
  roundId: string;
  unitId: string;
  leaf: LeafView;
  /** The unit may add evidence now (self-assessment before submitting, or the explanation round). */
  canAdd: boolean;
  onSaved: (sheet: UnitScoring) => void;
}

/** A leaf's evidence (tài liệu kiểm chứng): files and links, each marked with the stage it was added in. */
export function LeafEvidence({ roundId, unitId, leaf, canAdd, onSaved }: LeafEvidenceProps) {
  const t = useT();
  const fileId = useId();
  const [sent, setSent] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setSent(0);
    try {
      onSaved(await uploadEvidence(roundId, unitId, leaf.code, file, setSent));
      setInputKey((k) => k + 1);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setSent(null);
    }
  };
  const addLink = async () => {
    setError(null);
    try {
      onSaved(await linkEvidence(roundId, unitId, leaf.code, label, url));
      setLabel('');
      setUrl('');
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    }
  };

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('scoring.evidence.title')}
      </Text>
      {leaf.evidence.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scoring.evidence.none')}
        </Text>
      ) : (
        <List size="sm" aria-label={t('scoring.evidence.listOf', { code: leaf.code })}>
          {leaf.evidence.map((item) => (
            <List.Item key={item.id}>
              {/* Links stored before addresses were checked are shown as text, not followed. */}
              <Anchor href={item.fileId ? downloads.evidence(roundId, unitId, item.id) : item.url && isSafeLink(item.url) ? item.url : undefined} target="_blank" rel="noreferrer">
                {item.label}
              </Anchor>{' '}
              <Badge size="xs" variant="light" color={item.stage === 'self' ? 'blue' : 'yellow'}>
                {t(item.stage === 'self' ? 'scoring.evidence.self' : 'scoring.evidence.explanation')}
              </Badge>{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTimeVi(item.addedAt)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canAdd && (
        <Stack gap={6}>
          <Input.Wrapper label={t('scoring.evidence.file', { code: leaf.code })} description={t('upload.limit', { limit: UPLOAD_LIMIT_MB })} id={fileId}>
            <input key={inputKey} id={fileId} type="file" disabled={sent !== null} onChange={(event) => void upload(event.currentTarget.files?.[0])} style={{ display: 'block', marginTop: 4 }} />
          </Input.Wrapper>
          {sent !== null && <Progress value={sent * 100} aria-label={t('scoring.evidence.progress')} animated={sent >= 1} />}
          <Group align="flex-end" gap="xs">
            <TextInput label={t('scoring.evidence.linkLabel')} aria-label={t('scoring.evidence.linkLabelOf', { code: leaf.code })} value={label} onChange={(e) => setLabel(e.currentTarget.value)} w={240} />
            <TextInput label={t('scoring.evidence.linkUrl')} aria-label={t('scoring.evidence.linkUrlOf', { code: leaf.code })} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} w={300} />
            <Button variant="light" onClick={() => void addLink()} disabled={!label.trim() || !url.trim()}>
              {t('scoring.evidence.addLink')}
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
