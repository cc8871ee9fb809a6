import { Alert, Anchor, Badge, Button, Group, Input, List, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isSafeLink } from '../../../../src/domain/text/safe-link.js';
import { isApiError } from '../../api/client.js';
import {
  downloads,
  linkEvidence,
  uploadEvidence,
  withdrawScoringEvidence,
  type Evidence,
  type LeafView,
  type UnitScoring,
} from '../../api/scoring.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

interface LeafEvidenceProps {
  roundId: string;
  unitId: string;
  leaf: LeafView;
  /** The unit may add evidence now (self-assessment before submitting, or the explanation round). */
  canAdd: boolean;
  /** Items added in this stage may be withdrawn now, with a reason (the same people and stage as adding). */
  withdrawable: 'self' | 'explanation' | null;
  onSaved: (sheet: UnitScoring) => void;
}

/** A leaf's evidence (tài liệu kiểm chứng): files and links, each marked with the stage it was added in. */
export function LeafEvidence({ roundId, unitId, leaf, canAdd, withdrawable, onSaved }: LeafEvidenceProps) {
  const t = useT();
  const fileId = useId();
  const [sent, setSent] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<Evidence | null>(null);

  const withdraw = async (reason: string) => {
    if (!withdrawing) return;
    onSaved(await withdrawScoringEvidence(withdrawing.id, reason));
    notifications.show({ color: 'green', message: t('scoring.evidence.withdrawn', { name: withdrawing.label }) });
  };

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
              <Anchor
                href={
                  item.fileId
                    ? downloads.evidence(roundId, unitId, item.id)
                    : item.url && isSafeLink(item.url)
                      ? item.url
                      : undefined
                }
                target="_blank"
                rel="noreferrer"
              >
                {item.label}
              </Anchor>{' '}
              <Badge size="xs" variant="light" color={item.stage === 'self' ? 'blue' : 'yellow'}>
                {t(item.stage === 'self' ? 'scoring.evidence.self' : 'scoring.evidence.explanation')}
              </Badge>{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTimeVi(item.addedAt)}
              </Text>
              {item.stage === withdrawable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  ml="xs"
                  onClick={() => setWithdrawing(item)}
                  aria-label={t('scoring.evidence.withdrawFor', { name: item.label })}
                >
                  {t('scoring.evidence.withdraw')}
                </Button>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {leaf.withdrawnEvidence.length > 0 && (
        <div>
          <Text size="xs" fw={600}>
            {t('scoring.evidence.withdrawnTitle')}
          </Text>
          <List size="xs" c="dimmed" aria-label={t('scoring.evidence.withdrawnTitle')}>
            {leaf.withdrawnEvidence.map((item) => (
              <List.Item key={item.id}>
                {t('scoring.evidence.withdrawnItem', {
                  name: item.label,
                  at: formatDateTimeVi(item.withdrawnAt),
                  by: item.withdrawnByName ?? t('common.none'),
                  reason: item.reason,
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {canAdd && (
        <Stack gap={6}>
          <Input.Wrapper
            label={t('scoring.evidence.file', { code: leaf.code })}
            description={t('upload.limit', { limit: UPLOAD_LIMIT_MB })}
            id={fileId}
          >
            <input
              key={inputKey}
              id={fileId}
              type="file"
              disabled={sent !== null}
              onChange={(event) => void upload(event.currentTarget.files?.[0])}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          {sent !== null && (
            <Progress value={sent * 100} aria-label={t('scoring.evidence.progress')} animated={sent >= 1} />
          )}
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('scoring.evidence.linkLabel')}
              aria-label={t('scoring.evidence.linkLabelOf', { code: leaf.code })}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              w={240}
            />
            <TextInput
              label={t('scoring.evidence.linkUrl')}
              aria-label={t('scoring.evidence.linkUrlOf', { code: leaf.code })}
              placeholder="https://"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              w={300}
            />
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
      <ReasonDialog
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={withdrawing ? t('scoring.evidence.withdrawFor', { name: withdrawing.label }) : ''}
        body={t('scoring.evidence.withdrawBody')}
        confirmLabel={t('scoring.evidence.withdraw')}
        onConfirm={withdraw}
      />
    </Stack>
  );
}
