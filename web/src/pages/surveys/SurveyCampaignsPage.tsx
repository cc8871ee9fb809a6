import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { surveyCampaignRequest } from '../../../../src/contracts/surveys.js';
import {
  createSurveyCampaign,
  questionnaireListQuery,
  surveyCampaignListQuery,
  surveyKeys,
} from '../../api/surveys.js';
import { unitListQuery } from '../../api/units.js';
import { ButtonLink } from '../../components/ButtonLink.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { NumberField } from '../../components/NumberField.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';

export const CAMPAIGN_STATUS_COLOR = { upcoming: 'blue', open: 'green', ended: 'gray', cancelled: 'red' } as const;

/** The coordinator's survey campaigns: each one's period, units and answers so far; a new campaign. */
export function SurveyCampaignsPage() {
  const t = useT();
  const list = useQuery(surveyCampaignListQuery);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <PageShell
      title={t('sv.title')}
      intro={t('sv.intro')}
      actions={
        <Group>
          <ButtonLink to="/khao-sat-y-kien/ket-qua" variant="default">
            {t('sv.results')}
          </ButtonLink>
          <ButtonLink to="/khao-sat-y-kien/nhap-phieu" variant="default">
            {t('sv.paperEntry')}
          </ButtonLink>
          <Button onClick={() => setCreating(true)}>{t('sv.create')}</Button>
        </Group>
      }
    >
      {list.data && list.data.campaigns.length === 0 && <Text>{t('sv.empty')}</Text>}
      {list.data && list.data.campaigns.length > 0 && (
        <TableScroll>
          <Table striped aria-label={t('sv.title')} miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sv.campaign')}</Table.Th>
                <Table.Th scope="col">{t('sv.questionnaire')}</Table.Th>
                <Table.Th scope="col">{t('sv.period')}</Table.Th>
                <Table.Th scope="col">{t('sv.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('sv.units')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('sv.answers')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.campaigns.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/khao-sat-y-kien/dot/$campaignId" params={{ campaignId: c.id }}>
                      {c.title}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{c.questionnaireTitle}</Table.Td>
                  <Table.Td>
                    {formatDateVi(c.startsOn)} – {formatDateVi(c.endsOn)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={CAMPAIGN_STATUS_COLOR[c.status]} variant="light">
                      {t(`sv.status.${c.status}` as MessageKey)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{c.units}</Table.Td>
                  <Table.Td ta="right">{c.answers}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <CreateCampaignDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onDone={(campaignId) => void navigate({ to: '/khao-sat-y-kien/dot/$campaignId', params: { campaignId } })}
      />
    </PageShell>
  );
}

/** Progress of answers against a quota, as a bar with its figures in words. */
export function QuotaProgress({ answers, quota }: { answers: number; quota: number | null }) {
  const t = useT();
  if (quota === null || quota === 0)
    return (
      <Text size="sm">
        {answers} ({t('sv.noQuota')})
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="sm">
        {answers} / {quota}
      </Text>
      <Progress value={Math.min(100, (100 * answers) / quota)} aria-hidden />
    </Stack>
  );
}

function CreateCampaignDialog(props: { opened: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const questionnaires = useQuery({ ...questionnaireListQuery, enabled: props.opened });
  const units = useQuery({ ...unitListQuery({ pageSize: 200 }), enabled: props.opened });
  const form = useFormSubmission();
  const [title, setTitle] = useState('');
  const [versionId, setVersionId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [codesRequired, setCodesRequired] = useState(false);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [quotas, setQuotas] = useState<Record<string, number | null>>({});
  const unitName = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));
  const versionOptions = (questionnaires.data?.questionnaires ?? []).flatMap((q) =>
    q.versions
      .filter((v) => v.version === q.currentVersion)
      .map((v) => ({ value: v.id, label: `${q.title} (v${v.version})` })),
  );
  const onSubmit = () =>
    void form.submit(
      validateForm(surveyCampaignRequest, {
        title,
        questionnaireVersionId: versionId ?? '',
        startsOn: startsOn ?? '',
        endsOn: endsOn ?? '',
        codesRequired,
        units: unitIds.map((unitId) => ({ unitId, quota: quotas[unitId] ?? null })),
      }),
      async (body) => {
        const created = await createSurveyCampaign(body);
        await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
        props.onClose();
        props.onDone(created.id);
      },
    );
  return (
    <FormDialog
      opened={props.opened}
      onClose={props.onClose}
      title={t('sv.create')}
      size="lg"
      error={form.serverError}
      pending={form.pending}
      submitLabel={t('sv.create')}
      onSubmit={onSubmit}
    >
      <TextInput
        label={t('sv.name')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={form.errors.title}
        required
      />
      <Select
        label={t('sv.questionnaire')}
        data={versionOptions}
        value={versionId}
        onChange={setVersionId}
        error={form.errors.questionnaireVersionId}
        required
      />
      <DateField
        label={t('sv.startsOn')}
        value={startsOn}
        onChange={setStartsOn}
        error={form.errors.startsOn}
        required
      />
      <DateField label={t('sv.endsOn')} value={endsOn} onChange={setEndsOn} error={form.errors.endsOn} required />
      <MultiSelect
        label={t('sv.unitsPick')}
        description={t('sv.unitsHint')}
        data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={unitIds}
        onChange={setUnitIds}
        searchable
        error={form.errors.units}
        required
      />
      {unitIds.map((id) => (
        <NumberField
          key={id}
          label={t('sv.quotaOf', { unit: unitName.get(id) ?? id })}
          value={quotas[id] ?? null}
          onChange={(value) => setQuotas((q) => ({ ...q, [id]: value }))}
          min={0}
          integer
        />
      ))}
      <Checkbox
        label={t('sv.codesRequired')}
        checked={codesRequired}
        onChange={(e) => setCodesRequired(e.currentTarget.checked)}
      />
    </FormDialog>
  );
}
