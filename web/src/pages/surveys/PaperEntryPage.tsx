import { Alert, Anchor, Button, FileButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import type { QuestionnaireDefinition, SurveyItem } from '../../../../src/domain/surveys/questionnaire.js';
import { endpointUrl, isApiError } from '../../api/client.js';
import {
  enterPaperResponse,
  importPaperResponses,
  questionnaireVersionQuery,
  surveyCampaignListQuery,
  surveyCampaignQuery,
} from '../../api/surveys.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useT } from '../../i18n/I18nProvider.js';

/** Items typed from a paper form: five-point ratings (1–5), one option (its number), short texts. */
const typed = (item: SurveyItem) => item.kind === 'scale' || item.kind === 'single' || item.kind === 'text';

/** What a typed key means for an item: the stored answer, or null when it is not one of the item's choices. */
function answerOf(item: SurveyItem, text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (item.kind === 'text') return value;
  const n = Number(value);
  if (!Number.isInteger(n)) return null;
  if (item.kind === 'scale') return n >= 1 && n <= 5 ? String(n) : null;
  const option = item.options?.[n - 1];
  return option ? option.value : null;
}

/** An officer types paper forms in from the keyboard: campaign and unit stay, each form saved with Enter on the last item. */
export function PaperEntryPage() {
  const t = useT();
  const campaigns = useQuery(surveyCampaignListQuery);
  const [picked, setCampaignId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const live = (campaigns.data?.campaigns ?? []).filter((c) => c.status !== 'cancelled');
  const open = live.filter((c) => c.status === 'open');
  // The one campaign taking answers is chosen already: an officer at a desk types into it.
  const campaignId = picked ?? (open.length === 1 ? open[0]!.id : null);
  const campaign = useQuery({ ...surveyCampaignQuery(campaignId ?? ''), enabled: campaignId !== null });
  const versionId = campaign.data?.questionnaire.versionId;
  const version = useQuery({ ...questionnaireVersionQuery(versionId ?? ''), enabled: Boolean(versionId) });
  const content = version.data?.content as QuestionnaireDefinition | undefined;
  const items = (content?.sections ?? []).flatMap((s) => s.items).filter(typed);
  return (
    <PageShell title={t('sp.title')} intro={t('sp.intro')}>
      <Group align="flex-end">
        <Select
          label={t('sv.campaign')}
          data={live.map((c) => ({ value: c.id, label: c.title }))}
          value={campaignId}
          onChange={(v) => {
            setCampaignId(v);
            setUnitId(null);
          }}
          miw={320}
        />
        <Select
          label={t('sv.units')}
          data={(campaign.data?.units ?? []).map((u) => ({ value: u.unitId, label: u.unitName }))}
          value={unitId}
          onChange={setUnitId}
          disabled={!campaign.data}
          searchable
          miw={320}
        />
      </Group>
      {campaignId && unitId && items.length > 0 && (
        <EntryForm key={`${campaignId}/${unitId}`} campaignId={campaignId} unitId={unitId} items={items} />
      )}
      {campaignId && <ImportSection campaignId={campaignId} />}
    </PageShell>
  );
}

function EntryForm(props: { campaignId: string; unitId: string; items: SurveyItem[] }) {
  const t = useT();
  const [values, setValues] = useState<Record<string, string>>({});
  const [entered, setEntered] = useState(0);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focus = (index: number) => inputs.current[index]?.focus();

  const save = async () => {
    const answers: Record<string, string> = {};
    for (const item of props.items) {
      const text = values[item.id] ?? '';
      const answer = answerOf(item, text);
      if (text.trim() !== '' && answer === null) {
        setMessage({ ok: false, text: t('sp.badKey', { item: item.id }) });
        focus(props.items.indexOf(item));
        return;
      }
      if (answer !== null) answers[item.id] = answer;
    }
    setPending(true);
    setMessage(null);
    try {
      await enterPaperResponse(props.campaignId, { unitId: props.unitId, answers });
      setEntered((n) => n + 1);
      setValues({});
      setMessage({ ok: true, text: t('sp.saved') });
      focus(0);
    } catch (caught) {
      setMessage({ ok: false, text: isApiError(caught) ? caught.message : t('error.network') });
    } finally {
      setPending(false);
    }
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (index === props.items.length - 1) void save();
    else focus(index + 1);
  };

  return (
    <Section title={t('sp.form')} hint={t('sp.keys')}>
      <Text fw={600} data-testid="paper-entered" role="status">
        {t('sp.entered', { count: entered })}
      </Text>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="xs">
          {props.items.map((item, index) => (
            <TextInput
              key={item.id}
              ref={(el) => {
                inputs.current[index] = el;
              }}
              label={`${item.id}. ${item.text}`}
              description={
                item.kind === 'scale'
                  ? t('sp.scaleHint')
                  : item.kind === 'single'
                    ? (item.options ?? []).map((o, i) => `${i + 1} = ${o.label}`).join(' · ')
                    : undefined
              }
              value={values[item.id] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [item.id]: value }));
              }}
              onKeyDown={onKeyDown(index)}
              inputMode={item.kind === 'text' ? 'text' : 'numeric'}
              maxLength={item.kind === 'text' ? (item.maxLength ?? 1000) : 2}
              w={item.kind === 'text' ? undefined : 'auto'}
              autoFocus={index === 0}
            />
          ))}
          <Group>
            <Button type="submit" loading={pending}>
              {t('sp.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function ImportSection({ campaignId }: { campaignId: string }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const onFile = async (file: File | null) => {
    if (!file) return;
    setPending(true);
    setDone(null);
    setError(null);
    try {
      const result = await importPaperResponses(campaignId, file);
      setDone(t('sp.imported', { responses: result.responses, answers: result.answers }));
    } catch (caught) {
      const problems = isApiError(caught)
        ? ((caught.details as { problems?: unknown } | undefined)?.problems ?? [])
        : [];
      setError({
        message: isApiError(caught) ? caught.message : t('error.network'),
        problems: Array.isArray(problems) ? problems.map(String) : [],
      });
    } finally {
      setPending(false);
    }
  };
  return (
    <Section title={t('sp.import')} hint={t('sp.importHint')}>
      <Group>
        <Anchor href={endpointUrl(endpoints.getPaperTemplate, { params: { id: campaignId } })}>
          {t('sp.template')}
        </Anchor>
        <FileButton onChange={(f) => void onFile(f)} accept=".xlsx,.csv">
          {(p) => (
            <Button {...p} variant="light" loading={pending}>
              {t('sp.importButton')}
            </Button>
          )}
        </FileButton>
      </Group>
      {done && (
        <Text c="green.9" role="status">
          {done}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert" title={error.message}>
          {error.problems.length > 0 && (
            <TableScroll>
              <Table aria-label={t('sp.problems')}>
                <Table.Tbody>
                  {error.problems.slice(0, 200).map((p, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{p}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Alert>
      )}
    </Section>
  );
}
