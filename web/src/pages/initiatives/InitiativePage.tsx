import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import type { InitiativeDetail } from '../../../../src/contracts/initiatives.js';
import { endpointUrl, isApiError } from '../../api/client.js';
import {
  addInitiativeFile,
  applyInitiative,
  decideInitiative,
  initiativeKeys,
  initiativeQuery,
  withdrawInitiative,
} from '../../api/initiatives.js';
import { useCurrentUser } from '../../api/session.js';
import { BackLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { PageShell } from '../../components/PageShell.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { STATUS_COLOR } from './InitiativesPage.js';

const route = getRouteApi('/app/sang-kien/$id');

/** One initiative: its content and files, the council's decision (form for the office), applications by other units. */
export function InitiativePage() {
  const t = useT();
  const { id } = route.useParams();
  const query = useQuery(initiativeQuery(id));
  return (
    <PageShell back={<BackLink to="/sang-kien">{t('in.back')}</BackLink>} query={query}>
      {(i) => <Initiative initiative={i} />}
    </PageShell>
  );
}

function useAction() {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };
  const shown: ReactNode = error && (
    <Text c="red" role="alert">
      {error}
    </Text>
  );
  return { run, pending, error: shown };
}

function Initiative({ initiative: i }: { initiative: InitiativeDetail }) {
  const t = useT();
  const fileUrl = (fileId: string) => endpointUrl(endpoints.downloadInitiativeFile, { params: { id: i.id, fileId } });
  return (
    <Stack>
      <div>
        <Title order={1}>{i.title}</Title>
        <Group gap="xs">
          <Text c="dimmed" size="sm">
            {i.unitName} · {i.area} · {i.year}
          </Text>
          <Badge color={STATUS_COLOR[i.status]} variant="light">
            {t(`in.status.${i.status}` as MessageKey)}
          </Badge>
        </Group>
      </div>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>{t('in.problem')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.problem}</Text>
          <Text fw={600}>{t('in.solution')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.solution}</Text>
          <Text fw={600}>{t('in.files')}</Text>
          {i.files.length === 0 ? (
            <Text c="dimmed">{t('in.noFiles')}</Text>
          ) : (
            i.files.map((f) => (
              <Anchor key={f.id} href={fileUrl(f.id)}>
                {f.fileName}
              </Anchor>
            ))
          )}
          {i.can.addFile && <AddFile id={i.id} />}
          {i.withdrawReason && (
            <Text>
              {t('in.reason')}: {i.withdrawReason}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('in.decision')}
          </Title>
          {i.decidedOn && (
            <Text>
              {i.decisionNumber} · {formatDateVi(i.decidedOn)} ·{' '}
              {i.effectLevel ? t(`in.effect.${i.effectLevel}` as MessageKey) : t('in.recognised.no')}
              {i.decisionFile && (
                <>
                  {' · '}
                  <Anchor href={fileUrl(i.decisionFile.id)}>{i.decisionFile.fileName}</Anchor>
                </>
              )}
            </Text>
          )}
          {i.can.decide && <DecisionForm initiative={i} />}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('in.applications')}
          </Title>
          {i.applicationList.length === 0 ? (
            <Text c="dimmed">{t('in.noApplications')}</Text>
          ) : (
            i.applicationList.map((a) => (
              <Text key={a.id}>
                {a.unitName} · {formatDateVi(a.appliedOn)}
                {a.note ? ` · ${a.note}` : ''}
              </Text>
            ))
          )}
          {i.can.apply && <ApplyForm id={i.id} />}
        </Stack>
      </Paper>
      {i.can.withdraw && <WithdrawForm initiative={i} />}
    </Stack>
  );
}

function AddFile({ id }: { id: string }) {
  const t = useT();
  const { run, pending, error } = useAction();
  const [file, setFile] = useState<File | null>(null);
  return (
    <Group align="flex-end">
      {error}
      <FileInput label={t('in.addFile')} value={file} onChange={setFile} clearable w={280} />
      <Button
        variant="light"
        disabled={!file}
        loading={pending}
        onClick={() => void run(() => addInitiativeFile(id, file!))}
      >
        {t('in.addFile')}
      </Button>
    </Group>
  );
}

function DecisionForm({ initiative: i }: { initiative: InitiativeDetail }) {
  const t = useT();
  const { run, pending, error } = useAction();
  const [recognised, setRecognised] = useState<'yes' | 'no'>('yes');
  const [effect, setEffect] = useState<string | null>(null);
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [decisionNumber, setDecisionNumber] = useState('');
  return (
    <form
      aria-label={t('in.decide')}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          decideInitiative(i.id, {
            recognised: recognised === 'yes',
            effectLevel: recognised === 'yes' ? ((effect ?? null) as 'unit' | 'province' | 'national' | null) : null,
            decidedOn: decidedOn ?? '',
            decisionNumber,
            version: i.version,
          }),
        );
      }}
    >
      <Stack maw={480}>
        <Title order={3} size="h4">
          {t('in.decide')}
        </Title>
        {error}
        <SegmentedControl
          aria-label={t('in.recognised')}
          value={recognised}
          onChange={(v) => setRecognised(v as 'yes' | 'no')}
          data={[
            { value: 'yes', label: t('in.recognised.yes') },
            { value: 'no', label: t('in.recognised.no') },
          ]}
        />
        {recognised === 'yes' && (
          <Select
            label={t('in.effect')}
            value={effect}
            onChange={setEffect}
            data={(['unit', 'province', 'national'] as const).map((e) => ({ value: e, label: t(`in.effect.${e}`) }))}
          />
        )}
        <TextInput
          label={t('in.decisionNumber')}
          value={decisionNumber}
          onChange={(e) => setDecisionNumber(e.currentTarget.value)}
        />
        <DateField label={t('in.decidedOn')} value={decidedOn} onChange={setDecidedOn} />
        <Group>
          <Button type="submit" loading={pending}>
            {t('in.decide')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApplyForm({ id }: { id: string }) {
  const t = useT();
  const user = useCurrentUser();
  const { run, pending, error } = useAction();
  const [appliedOn, setAppliedOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <form
      aria-label={t('in.apply')}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => applyInitiative(id, { unitId: user.unitId!, appliedOn: appliedOn ?? '', note }));
      }}
    >
      <Stack maw={480}>
        <Title order={3} size="h4">
          {t('in.apply')}
        </Title>
        {error}
        <DateField label={t('in.appliedOn')} value={appliedOn} onChange={setAppliedOn} />
        <Textarea label={t('in.applyNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
        <Group>
          <Button type="submit" loading={pending}>
            {t('in.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WithdrawForm({ initiative: i }: { initiative: InitiativeDetail }) {
  const t = useT();
  const { run, pending, error } = useAction();
  const [reason, setReason] = useState('');
  return (
    <Paper withBorder p="md">
      <Stack maw={480}>
        {error}
        <TextInput label={t('in.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group>
          <Button
            color="red"
            variant="light"
            loading={pending}
            onClick={() => void run(() => withdrawInitiative(i.id, reason, i.version))}
          >
            {t('in.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
