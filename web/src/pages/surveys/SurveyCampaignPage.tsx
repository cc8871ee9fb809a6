import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Image,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import { isApiError } from '../../api/client.js';
import { endpointUrl } from '../../api/client.js';
import { cancelSurveyCampaign, generateSurveyCodes, surveyCampaignQuery, surveyKeys } from '../../api/surveys.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { NumberField } from '../../components/NumberField.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { Section } from '../../components/Section.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { CAMPAIGN_STATUS_COLOR, QuotaProgress } from './SurveyCampaignsPage.js';

const route = getRouteApi('/app/khao-sat-y-kien/dot/$campaignId');

/** One campaign: per unit its public link, QR code and A4 poster, progress against quotas; codes; cancelling. */
export function SurveyCampaignPage() {
  const t = useT();
  const { campaignId } = route.useParams();
  const queryClient = useQueryClient();
  const campaign = useQuery(surveyCampaignQuery(campaignId));
  const [cancelling, setCancelling] = useState(false);
  const c = campaign.data;
  if (!c) return <PageShell title={t('sv.campaign')}>{null}</PageShell>;
  const live = c.status !== 'cancelled';
  return (
    <PageShell
      title={c.title}
      intro={
        <Group gap="xs">
          <Badge color={CAMPAIGN_STATUS_COLOR[c.status]} variant="light">
            {t(`sv.status.${c.status}` as MessageKey)}
          </Badge>
          <Text size="sm">
            {c.questionnaire.title} (v{c.questionnaire.version}) · {formatDateVi(c.startsOn)} – {formatDateVi(c.endsOn)}
          </Text>
          <AnchorLink to="/khao-sat-y-kien" size="sm">
            {t('sv.back')}
          </AnchorLink>
        </Group>
      }
      actions={
        live ? (
          <Button color="red" variant="light" onClick={() => setCancelling(true)}>
            {t('sv.cancel')}
          </Button>
        ) : null
      }
    >
      {c.cancelReason && (
        <Alert color="red" role="status">
          {t('sv.cancelledBecause', { reason: c.cancelReason })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {c.units.map((u) => {
          const params = { campaignId: c.id, unitId: u.unitId };
          const qr = (format: 'png' | 'svg') => endpointUrl(endpoints.surveyUnitQrCode, { params, query: { format } });
          const link = u.publicUrl;
          return (
            <Paper key={u.unitId} withBorder p="md" data-testid={`survey-unit-${u.unitId}`}>
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {u.unitName}
                </Title>
                <QuotaProgress answers={u.answers} quota={u.quota} />
                {u.duplicates > 0 && (
                  <Text size="sm" c="orange.9">
                    {t('sv.duplicates')}: {u.duplicates}
                  </Text>
                )}
                <Text size="sm" fw={600}>
                  {t('sv.publicLink')}
                </Text>
                <Anchor href={link} target="_blank" size="sm" style={{ wordBreak: 'break-all' }}>
                  <Code>{link}</Code>
                </Anchor>
                <Image src={qr('png')} alt={t('sv.qrOf', { unit: u.unitName })} w={160} h={160} fit="contain" />
                <Group gap="xs">
                  <Anchor href={qr('png')} download size="sm">
                    {t('sv.downloadPng')}
                  </Anchor>
                  <Anchor href={qr('svg')} download size="sm">
                    {t('sv.downloadSvg')}
                  </Anchor>
                  <Anchor href={endpointUrl(endpoints.surveyUnitPoster, { params })} size="sm" target="_blank">
                    {t('sv.poster')}
                  </Anchor>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {c.fieldQuotas.length > 0 && (
        <Section title={t('sv.fieldQuotas')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {c.fieldQuotas.map((f) => (
              <Stack key={f.field} gap={2}>
                <Text size="sm">{f.field}</Text>
                <QuotaProgress answers={f.answers} quota={f.quota} />
              </Stack>
            ))}
          </SimpleGrid>
        </Section>
      )}
      {live && <CodesSection campaignId={c.id} units={c.units} />}
      <ReasonDialog
        opened={cancelling}
        title={t('sv.cancel')}
        body={t('sv.cancelLine', { title: c.title })}
        confirmLabel={t('sv.cancel')}
        onClose={() => setCancelling(false)}
        onConfirm={async (reason) => {
          await cancelSurveyCampaign(c.id, { reason });
          await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
        }}
      />
    </PageShell>
  );
}

function CodesSection(props: { campaignId: string; units: { unitId: string; unitName: string }[] }) {
  const t = useT();
  const [count, setCount] = useState<number | null>(100);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [batch, setBatch] = useState<number | null>(null);
  const generate = async () => {
    setPending(true);
    setMessage(null);
    try {
      const made = await generateSurveyCodes(props.campaignId, { count: count ?? Number.NaN, unitId });
      setBatch(made.batch);
      setMessage({ ok: true, text: t('sv.codesDone', { batch: made.batch, count: made.count }) });
    } catch (caught) {
      setMessage({ ok: false, text: isApiError(caught) ? caught.message : t('error.network') });
    } finally {
      setPending(false);
    }
  };
  return (
    <Section title={t('sv.codes')}>
      <Text size="sm">{t('sv.codesIntro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <Group align="flex-end">
          <NumberField label={t('sv.codesCount')} value={count} onChange={setCount} min={1} max={5000} integer />
          <Select
            label={t('sv.codesUnit')}
            data={props.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
            value={unitId}
            onChange={setUnitId}
            clearable
          />
          <Button type="submit" loading={pending}>
            {t('sv.codesGenerate')}
          </Button>
        </Group>
      </form>
      {message && (
        <Text c={message.ok ? 'green.9' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Text>
      )}
      <Anchor
        href={endpointUrl(endpoints.exportSurveyCodes, {
          params: { campaignId: props.campaignId },
          query: batch ? { batch } : {},
        })}
      >
        {t('sv.codesDownload')}
      </Anchor>
    </Section>
  );
}
