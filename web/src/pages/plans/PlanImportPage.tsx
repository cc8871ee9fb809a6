import { Alert, Badge, Button, Group, List, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import {
  discardPlanImport,
  planImportQuery,
  planKeys,
  type PlanActivity,
  type PlanImportDetail,
} from '../../api/plans.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { SearchField } from '../../components/SearchField.js';
import { useStillOn } from '../../components/useStillOn.js';
import { formatDateTimeVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { activityMatcher, ANY_WARNING, groupByArea, warningCounts } from '../../plans/review.js';
import { KEY_WARNING_CODES, warningColor, warningLabelKey } from '../../plans/warnings.js';
import type { PlanImportSearch } from '../../plans/search.js';
import { ActivityEditDialog } from './ActivityEditDialog.js';
import { ActivityGroups } from './ActivityGroups.js';
import { ColumnMappingStep } from './ColumnMappingStep.js';
import { CommitPlanDialog } from './CommitPlanDialog.js';
import { IndicatorTable } from './IndicatorTable.js';
import { PlanDiffView } from './PlanDiffView.js';
import { SuggestedDuties } from './SuggestedDuties.js';
import { EmptyState } from '../../components/EmptyState.js';

const planImportRoute = getRouteApi('/app/ke-hoach/nhap/$importId');

/** The review of an uploaded plan document before it becomes a plan (or a plan's new version). */
export function PlanImportPage() {
  const t = useT();
  const { importId } = planImportRoute.useParams();
  const query = useQuery(planImportQuery(importId));

  return (
    <PageShell back={<BackLink to="/ke-hoach">{t('plans.back')}</BackLink>} query={query}>
      {(draft) => <Review draft={draft} />}
    </PageShell>
  );
}

function Review({ draft }: { draft: PlanImportDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [commitOpen, commitDialog] = useDisclosure(false);
  const [discardOpen, discardDialog] = useDisclosure(false);
  const [editing, setEditing] = useState<PlanActivity | null>(null);
  const [mappingOpen, setMappingOpen] = useState(false);
  const open = draft.status === 'open';
  const reading = draft.reading;
  // The reader was not sure of the table: the mapping step comes first; else it is one button away.
  const needsMapping = open && reading?.state === 'needsMapping';
  const canMap = open && reading !== null && reading.candidates.length > 0;

  const discard = async (reason: string) => {
    await discardPlanImport(draft.id, reason);
    notifications.show({ color: 'green', message: t('plans.discarded') });
    queryClient.removeQueries({ queryKey: planKeys.import(draft.id) });
    await queryClient.invalidateQueries({ queryKey: planKeys.importList });
    await navigate({ to: '/ke-hoach' });
  };

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('plans.reviewTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('plans.reviewSubtitle', {
              file: draft.fileName,
              name: draft.createdByName ?? t('common.none'),
              at: formatDateTimeVi(draft.createdAt),
            })}
          </Text>
          {draft.title && (
            <Text size="sm" fw={600}>
              {draft.title}
            </Text>
          )}
        </div>
        {open && (
          <Group gap="xs">
            {canMap && !needsMapping && !mappingOpen && (
              <Button variant="light" onClick={() => setMappingOpen(true)}>
                {t('planMapping.edit')}
              </Button>
            )}
            <Button onClick={commitDialog.open}>
              {draft.basePlanId ? t('plans.commitVersion') : t('plans.commit')}
            </Button>
            <Button variant="light" color="red" onClick={discardDialog.open}>
              {t('plans.discard')}
            </Button>
          </Group>
        )}
      </Group>
      {!open && (
        <Alert color="gray" role="status">
          {t(draft.status === 'committed' ? 'plans.alreadyCommitted' : 'plans.alreadyDiscarded')}
        </Alert>
      )}
      {draft.basePlanName && (
        <Alert color="blue" role="note">
          {t('plans.revisionOf', { name: draft.basePlanName })}
        </Alert>
      )}

      {reading && canMap && (needsMapping || mappingOpen) && (
        <ColumnMappingStep
          key={draft.version}
          draft={draft}
          reading={reading}
          onClose={needsMapping ? undefined : () => setMappingOpen(false)}
        />
      )}
      <DraftSummary draft={draft} />
      {draft.diff && (
        <Section title={t('plans.diffTitle')}>
          <PlanDiffView diff={draft.diff} />
        </Section>
      )}
      <ActivityReview draft={draft} onEdit={open ? setEditing : undefined} />
      <SuggestedDuties draft={draft} />
      {draft.content.indicators.length > 0 && (
        <Section title={t('plans.indicators')}>
          <IndicatorTable indicators={draft.content.indicators} />
        </Section>
      )}

      {open && (
        <>
          <ActivityEditDialog draft={draft} activity={editing} onClose={() => setEditing(null)} />
          <CommitPlanDialog draft={draft} opened={commitOpen} onClose={commitDialog.close} />
          <ReasonDialog
            opened={discardOpen}
            onClose={discardDialog.close}
            title={t('plans.discardTitle')}
            body={t('plans.discardBody')}
            confirmLabel={t('plans.discard')}
            onConfirm={discard}
          />
        </>
      )}
    </>
  );
}

function DraftSummary({ draft }: { draft: PlanImportDetail }) {
  const t = useT();
  const { summary, content } = draft;
  return (
    <Section title={t('plans.summary')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('plans.activities')} value={summary.activities} />
          <Figure label={t('plans.indicators')} value={summary.indicators} />
          <Figure label={t('plans.withWarnings')} value={summary.activitiesWithWarnings} />
          <Figure label={t('plans.unplaced')} value={summary.unplaced} />
        </SimpleGrid>
        <Group gap="xs" aria-label={t('plans.byArea')} role="list">
          {summary.byArea.map((area) => (
            <Badge key={area.code ?? ''} variant="outline" color="gray" tt="none" role="listitem" title={area.title}>
              {t('plans.areaCount', { area: area.code ?? t('plans.noArea'), count: formatNumberVi(area.activities) })}
            </Badge>
          ))}
        </Group>
        {content.warnings.length > 0 && (
          <Alert color="orange" title={t('plans.documentWarnings')}>
            <List size="sm">
              {content.warnings.map((warning, index) => (
                <List.Item key={`${warning.code}:${index}`}>
                  <b>{t(warningLabelKey(warning.code))}:</b> {warning.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {content.unplaced.length > 0 && (
          <Alert color="orange" title={t('plans.unplacedTitle')}>
            <List size="sm">
              {content.unplaced.map((item, index) => (
                <List.Item key={index}>
                  {item.text}{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.reason})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {formatNumberVi(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** Filter chips (warning code), a text search and the grouped activities; the filter lives in the address. */
function ActivityReview({ draft, onEdit }: { draft: PlanImportDetail; onEdit?: (activity: PlanActivity) => void }) {
  const t = useT();
  const search = planImportRoute.useSearch();
  const navigate = useNavigate({ from: '/ke-hoach/nhap/$importId' });
  const [query, setQuery] = useState(search.q ?? '');
  const [showSource, setShowSource] = useState(true);
  const stillHere = useStillOn(`/ke-hoach/nhap/${draft.id}`);
  const setFilters = (patch: Partial<PlanImportSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const pushQuery = useDebouncedCallback(
    (value: string) => stillHere() && setFilters({ q: value.trim() || undefined }),
    250,
  );

  const activities = draft.content.activities;
  const counts = useMemo(() => warningCounts(activities), [activities]);
  const groups = useMemo(() => {
    const matches = activityMatcher(search, draft.sourceRows);
    return groupByArea(draft.content.areas, activities, activities.filter(matches));
  }, [search, draft, activities]);
  const shown = groups.reduce((sum, group) => sum + group.activities.length, 0);
  const codes = [...new Set<string>([...KEY_WARNING_CODES, ...counts.keys()])];
  const withWarnings = activities.filter((activity) => activity.warnings.length > 0).length;

  const chip = (value: string | undefined, label: string, count: number, color = 'blue') => {
    const pressed = search.warning === value;
    return (
      <Button
        key={value ?? 'all'}
        size="compact-sm"
        radius="xl"
        color={color}
        variant={pressed ? 'filled' : 'light'}
        aria-pressed={pressed}
        onClick={() => setFilters({ warning: value })}
      >
        {label} ({formatNumberVi(count)})
      </Button>
    );
  };

  return (
    <Section title={t('plans.activitiesByArea')}>
      <Stack>
        <Group gap="xs" role="group" aria-label={t('plans.filterByWarning')}>
          {chip(undefined, t('common.all'), activities.length, 'gray')}
          {chip(ANY_WARNING, t('plans.anyWarning'), withWarnings, 'orange')}
          {codes.map((code) =>
            chip(
              code,
              t(warningLabelKey(code)),
              counts.get(code) ?? 0,
              warningColor(code) === 'gray' ? 'blue' : warningColor(code),
            ),
          )}
        </Group>
        <Group align="flex-end" role="search" aria-label={t('common.search')}>
          <SearchField
            label={t('plans.search')}
            placeholder={t('plans.searchHint')}
            w={380}
            value={query}
            onChange={setQuery}
            onSearch={pushQuery}
          />
          <Switch
            label={t('plans.showSource')}
            checked={showSource}
            onChange={(event) => setShowSource(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Text size="sm" role="status">
          {t('plans.shownCount', { shown: formatNumberVi(shown), total: formatNumberVi(activities.length) })}
        </Text>
        {shown === 0 ? (
          <EmptyState inline>{t('common.noResults')}</EmptyState>
        ) : (
          <ActivityGroups
            groups={groups.filter((group) => group.activities.length > 0)}
            sourceRows={showSource ? draft.sourceRows : undefined}
            onEdit={onEdit}
            editedIds={draft.handEdits.activityIds}
          />
        )}
      </Stack>
    </Section>
  );
}
