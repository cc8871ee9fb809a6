import { ActionIcon, Badge, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import type { PlanActivity } from '../../api/plans.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { AreaGroup } from '../../plans/review.js';
import { warningColor, warningLabelKey } from '../../plans/warnings.js';
import { TableScroll } from '../../components/TableScroll.js';

interface ActivityGroupsProps {
  groups: AreaGroup[];
  /** The printed source row of each activity, shown beside it when given. */
  sourceRows?: Readonly<Record<string, string>>;
  /** Offers a correction per row when given. */
  onEdit?: (activity: PlanActivity) => void;
  /** Activities a person corrected in review, marked so (a re-reading of the document would replace them). */
  editedIds?: readonly string[];
}

/** A plan's activities as one table per area, the area title as the heading. */
export function ActivityGroups({ groups, sourceRows, onEdit, editedIds }: ActivityGroupsProps) {
  const t = useT();
  return (
    <Stack gap="lg">
      {groups.map((group) => {
        const heading = group.code ? `${group.code}. ${group.title}` : t('plans.noArea');
        return (
          <section key={group.code ?? ''} aria-label={heading}>
            <Title order={3} size="h5" mb={4}>
              {heading}{' '}
              <Text span size="sm" c="dimmed" fw={400}>
                {group.activities.length === group.total
                  ? t('plans.activityCount', { count: formatNumberVi(group.total) })
                  : t('plans.activityCountOf', {
                      count: formatNumberVi(group.activities.length),
                      total: formatNumberVi(group.total),
                    })}
              </Text>
            </Title>
            {group.activities.length > 0 && (
              <ActivityTable
                label={heading}
                activities={group.activities}
                sourceRows={sourceRows}
                onEdit={onEdit}
                editedIds={editedIds}
              />
            )}
          </section>
        );
      })}
    </Stack>
  );
}

function ActivityTable({
  label,
  activities,
  sourceRows,
  onEdit,
  editedIds,
}: { label: string; activities: PlanActivity[] } & Omit<ActivityGroupsProps, 'groups'>) {
  const t = useT();
  return (
    <TableScroll>
      <Table
        aria-label={label}
        layout="fixed"
        miw={1040}
        verticalSpacing="xs"
        withTableBorder
        withColumnBorders
        className="activity-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={44}>
              {t('plans.field.number')}
            </Table.Th>
            <Table.Th scope="col">{t('plans.field.activity')}</Table.Th>
            <Table.Th scope="col" w={130}>
              {t('plans.field.deliverable')}
            </Table.Th>
            <Table.Th scope="col" w={130}>
              {t('plans.field.lead')}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {t('plans.field.cooperating')}
            </Table.Th>
            <Table.Th scope="col" w={150}>
              {t('plans.field.deadline')}
            </Table.Th>
            <Table.Th scope="col" w={84}>
              {t('plans.field.budget')}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              {t('plans.warnings')}
            </Table.Th>
            {onEdit && (
              <Table.Th scope="col" w={48}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <ActivityRow
              key={activity.id}
              activity={activity}
              source={sourceRows && (sourceRows[activity.id] ?? null)}
              onEdit={onEdit}
              edited={editedIds?.includes(activity.id) ?? false}
            />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

interface ActivityRowProps {
  activity: PlanActivity;
  /** The printed row, shown on a line of its own under the activity; undefined hides it. */
  source: string | null | undefined;
  onEdit?: (activity: PlanActivity) => void;
  edited?: boolean;
}

function ActivityRow({ activity, source, onEdit, edited = false }: ActivityRowProps) {
  const t = useT();
  const background = activity.warnings.some((w) => warningColor(w.code) === 'red')
    ? 'var(--mantine-color-red-light)'
    : undefined;
  const withSource = source !== undefined;
  return (
    <>
      <Table.Tr data-activity-id={activity.id} bg={background} className={withSource ? 'has-source' : undefined}>
        <Table.Td>{activity.number ?? t('common.none')}</Table.Td>
        <Table.Td>
          <Text size="sm" fw={500}>
            {activity.activity ?? t('common.none')}
          </Text>
          {activity.task && (
            <Text size="xs" c="dimmed">
              {t('plans.field.task')}: {activity.task}
            </Text>
          )}
          {edited && (
            <Badge size="xs" color="grape" variant="light" tt="none" mt={4}>
              {t('plans.editedByHand')}
            </Badge>
          )}
        </Table.Td>
        <Table.Td>{activity.deliverable ?? t('common.none')}</Table.Td>
        <Table.Td>{activity.lead.text || t('common.none')}</Table.Td>
        <Table.Td>{activity.cooperating.text || t('common.none')}</Table.Td>
        <Table.Td>
          <DeadlineCell deadline={activity.deadline} />
        </Table.Td>
        <Table.Td>
          {activity.budget.text || t('common.none')}
          {activity.budget.amountMillionVnd !== null && (
            <Text size="xs" c="dimmed">
              {t('plans.millionVnd', { amount: formatNumberVi(activity.budget.amountMillionVnd) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <WarningList warnings={activity.warnings} />
        </Table.Td>
        {onEdit && (
          <Table.Td>
            <Tooltip label={t('common.edit')}>
              <ActionIcon
                variant="light"
                onClick={() => onEdit(activity)}
                aria-label={t('plans.editActivity', { name: shorten(activity.activity ?? activity.id) })}
              >
                ✎
              </ActionIcon>
            </Tooltip>
          </Table.Td>
        )}
      </Table.Tr>
      {withSource && (
        <Table.Tr bg={background} className="source-line">
          <Table.Td colSpan={onEdit ? 9 : 8}>
            <Text size="xs" c="dimmed">
              <Text span inherit fw={600}>
                {t('plans.source')}:
              </Text>{' '}
              {source ?? t('plans.noSource')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function DeadlineCell({ deadline }: { deadline: PlanActivity['deadline'] }) {
  const t = useT();
  return (
    <>
      {deadline.text || t('common.none')}
      {deadline.milestones?.length ? (
        <Stack gap={0} mt={4} aria-label={t('plans.milestones')}>
          {deadline.milestones.map((m) => (
            <Text key={`${m.level ?? ''}:${m.due}`} size="xs" fw={500}>
              {t('plans.milestone', {
                label: m.level ? `${m.label} (${t(`planLevel.${m.level}`)})` : m.label,
                date: formatDateVi(m.due),
              })}
            </Text>
          ))}
        </Stack>
      ) : (
        deadline.due && (
          <Text size="xs" c="dimmed">
            {t('plans.due', { date: formatDateVi(deadline.due) })}
          </Text>
        )
      )}
    </>
  );
}

export function WarningList({ warnings }: { warnings: PlanActivity['warnings'] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <Stack gap={6}>
      {warnings.map((warning, index) => (
        <div key={`${warning.code}:${index}`}>
          <Badge color={warningColor(warning.code)} variant="light" size="sm" radius="sm" tt="none">
            {t(warningLabelKey(warning.code))}
          </Badge>
          <Text size="xs">{warning.message}</Text>
        </div>
      ))}
    </Stack>
  );
}

/** The printed row as the document had it, cells separated by │. */
export function SourceText({ text }: { text: string | undefined }) {
  const t = useT();
  if (!text)
    return (
      <Text size="xs" c="dimmed">
        {t('plans.noSource')}
      </Text>
    );
  return (
    <Text size="xs" c="dimmed" className="source-row">
      {text}
    </Text>
  );
}
