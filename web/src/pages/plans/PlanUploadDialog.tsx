import { Alert, Button, Checkbox, Group, Input, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { planKeys, planListQuery, uploadPlanDocument } from '../../api/plans.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';
import { useOnOpen } from '../../components/useOnOpen.js';

const ACCEPTED = '.docx,.pdf,.xlsx,.ods,.html,.htm,.md,.txt,.json';

/** Sending the file, then (at 100 %) the server reading it. */
type Progress = { sent: number } | null;

interface PlanUploadDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Opened from a plan's page: the document revises that plan. */
  basePlanId?: string;
}

/** Upload a plan document (or a revised one of a committed plan); the draft opens for review. */
export function PlanUploadDialog({ opened, onClose, basePlanId: presetBase }: PlanUploadDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const fileInputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [revising, setRevising] = useState(false);
  const [basePlanId, setBasePlanId] = useState<string | null>(null);
  const [baseError, setBaseError] = useState<string | undefined>();
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const { data: plans } = useQuery({ ...planListQuery, enabled: opened });

  // Each opening starts empty, or on the plan it was opened from.
  useOnOpen(opened, () => {
    setRevising(presetBase !== undefined);
    setBasePlanId(presetBase ?? null);
  });

  const close = () => {
    if (progress) return;
    setFile(null);
    setInputKey((key) => key + 1);
    setBaseError(undefined);
    setError(null);
    onClose();
  };

  const upload = async () => {
    if (!file) return;
    if (revising && !basePlanId) {
      setBaseError(t('plans.basePlanRequired'));
      return;
    }
    setError(null);
    setProgress({ sent: 0 });
    try {
      const draft = await uploadPlanDocument(file, {
        basePlanId: revising ? (basePlanId ?? undefined) : undefined,
        onProgress: (sent) => setProgress({ sent }),
      });
      queryClient.setQueryData(planKeys.import(draft.id), draft);
      await queryClient.invalidateQueries({ queryKey: planKeys.importList });
      setProgress(null);
      close();
      await navigate({ to: '/ke-hoach/nhap/$importId', params: { importId: draft.id }, search: {} });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
      setProgress(null);
    }
  };

  const reading = progress !== null && progress.sent >= 1;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('plans.uploadTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('plans.uploadHint')}</Text>
        {/* A native file input: every browser and screen reader knows how to operate it. */}
        <Input.Wrapper
          label={t('plans.uploadFile')}
          description={t('plans.uploadFormats', { limit: UPLOAD_LIMIT_MB })}
          id={fileInputId}
        >
          <input
            key={inputKey}
            id={fileInputId}
            type="file"
            accept={ACCEPTED}
            disabled={progress !== null}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setError(null);
            }}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
        <Checkbox
          label={t('plans.revisePlan')}
          description={t('plans.revisePlanHint')}
          checked={revising}
          disabled={progress !== null || (plans?.length ?? 0) === 0}
          onChange={(event) => setRevising(event.currentTarget.checked)}
        />
        {revising && (
          <Select
            label={t('plans.basePlan')}
            required
            data={(plans ?? []).map((plan) => ({
              value: plan.id,
              label: t('plans.basePlanOption', {
                name: plan.name,
                version: plan.currentVersion,
                date: formatDateVi(plan.createdAt.slice(0, 10)),
              }),
            }))}
            value={basePlanId}
            onChange={(value) => {
              setBasePlanId(value);
              setBaseError(undefined);
            }}
            error={baseError}
            searchable
          />
        )}
        {progress && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {reading
                ? t('plans.uploadReading')
                : t('plans.uploadSending', { percent: Math.round(progress.sent * 100) })}
            </Text>
            <Progress value={progress.sent * 100} animated={reading} aria-label={t('plans.uploadProgress')} />
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert" title={t('plans.uploadFailed')}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={progress !== null}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!file} loading={progress !== null} onClick={() => void upload()}>
            {t('plans.uploadSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
