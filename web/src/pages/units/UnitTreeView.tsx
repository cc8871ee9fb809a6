import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Tree,
  useTree,
  type TreeNodeData,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { unitTreeQuery, type UnitTreeNode } from '../../api/units.js';
import { todayInVietnam } from '../../forms/dates.js';
import { useT } from '../../i18n/I18nProvider.js';
import { isExpired } from '../../units/status.js';
import { branchIds, buildTree, filterTree, type TreeItem } from '../../units/tree.js';
import { UnitStatusBadges } from './UnitStatusBadges.js';
import { AnchorLink } from '../../components/AnchorLink.js';

function toTreeData(items: TreeItem<UnitTreeNode>[]): TreeNodeData[] {
  return items.map((item) => ({ value: item.node.id, label: item.node.name, children: toTreeData(item.children) }));
}

/** The whole hierarchy (province → departments, communes…), built in the browser from the flat list. */
export function UnitTreeView() {
  const t = useT();
  const { data: nodes, isPending, isError } = useQuery(unitTreeQuery);
  const [filter, setFilter] = useState('');
  const [withArchived, setWithArchived] = useState(false);
  const [onlyCurrent, setOnlyCurrent] = useState(false);
  const tree = useTree();

  const items = useMemo(() => {
    const today = todayInVietnam();
    const visible = (nodes ?? []).filter(
      (node) => (withArchived || !node.archived) && (!onlyCurrent || !isExpired(node.validTo, today)),
    );
    return filterTree(buildTree(visible), filter);
  }, [nodes, withArchived, onlyCurrent, filter]);
  const data = useMemo(() => toTreeData(items), [items]);
  const byId = useMemo(() => new Map((nodes ?? []).map((node) => [node.id, node])), [nodes]);

  const { setExpandedState } = tree;
  useEffect(() => {
    // Searching opens every branch that leads to a match; otherwise the first level is open.
    const open = filter.trim() ? branchIds(items) : items.map((item) => item.node.id);
    setExpandedState(Object.fromEntries(open.map((id) => [id, true])));
  }, [items, filter, setExpandedState]);

  if (isError) return <Alert color="red">{t('app.error')}</Alert>;
  if (isPending) return <Loader aria-label={t('app.loading')} />;

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('units.treeFilter')}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={320}
        />
        <Checkbox
          label={t('units.onlyCurrent')}
          checked={onlyCurrent}
          onChange={(event) => setOnlyCurrent(event.currentTarget.checked)}
          mb={8}
        />
        <Checkbox
          label={t('units.showArchived')}
          checked={withArchived}
          onChange={(event) => setWithArchived(event.currentTarget.checked)}
          mb={8}
        />
        <Button
          variant="default"
          size="xs"
          mb={4}
          onClick={() => setExpandedState(Object.fromEntries(branchIds(items).map((id) => [id, true])))}
        >
          {t('units.expandAll')}
        </Button>
        <Button variant="default" size="xs" mb={4} onClick={() => setExpandedState({})}>
          {t('units.collapseAll')}
        </Button>
      </Group>
      {data.length === 0 ? (
        <Text c="dimmed">{t('common.noResults')}</Text>
      ) : (
        <Tree
          data={data}
          tree={tree}
          aria-label={t('units.treeLabel')}
          levelOffset="lg"
          selectOnClick={false}
          renderNode={({ node, expanded, hasChildren, elementProps }) => {
            const unit = byId.get(node.value);
            if (!unit) return null;
            return (
              <Group gap={6} wrap="nowrap" py={2} {...elementProps}>
                <Text span w={16} c="dimmed" aria-hidden>
                  {hasChildren ? (expanded ? '▾' : '▸') : ''}
                </Text>
                <AnchorLink
                  to="/don-vi/$unitId"
                  params={{ unitId: unit.id }}
                  size="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {unit.name}
                </AnchorLink>
                <Badge variant="outline" size="xs" color="gray" tt="none">
                  {t(`unitKind.${unit.kind}`)}
                </Badge>
                <UnitStatusBadges archived={unit.archived} validTo={unit.validTo} />
              </Group>
            );
          }}
        />
      )}
    </Stack>
  );
}
