import { Alert, Badge, Button, Group, List, Paper, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import {
  safeParseCriteriaSet,
  type CriteriaProblem,
  type CriteriaSetJson,
} from '../../../../src/contracts/criteria.js';
import { isApiError } from '../../api/client.js';
import {
  criteriaSetQuery,
  downloads,
  saveCriteriaSet,
  scoringKeys,
  type CriteriaSetDetail,
} from '../../api/scoring.js';
import { useCurrentUser } from '../../api/session.js';
import { canManageScoring } from '../../auth/roles.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { useT } from '../../i18n/I18nProvider.js';
import { addNode, editNode, methodParams, nextChildCode, type EditableNode } from './criteria-edit.js';
import { NodeDialog } from './NodeDialog.js';
import { formatPointsVi } from './scoring-format.js';
import { NumberField } from '../../components/NumberField.js';

const criteriaSetRoute = getRouteApi('/app/cham-diem/bo-tieu-chi/$setId');

/** A criteria set version as a tree; coordinators edit it here and save the result as the next version. */
export function CriteriaSetPage() {
  const t = useT();
  const { setId } = criteriaSetRoute.useParams();
  const query = useQuery(criteriaSetQuery(setId));
  return (
    <PageShell back={<BackLink to="/cham-diem">{t('scoring.round.back')}</BackLink>} query={query}>
      {(detail) => <SetView key={detail.id} detail={detail} />}
    </PageShell>
  );
}

function SetView({ detail }: { detail: CriteriaSetDetail }) {
  const t = useT();
  const manager = canManageScoring(useCurrentUser().role);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [content, setContent] = useState<CriteriaSetJson | null>(null);
  const [editing, setEditing] = useState<{ node: EditableNode; parent: string | null; isNew: boolean } | null>(null);
  const [problems, setProblems] = useState<CriteriaProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = content ?? detail.content;

  const save = async () => {
    if (!content) return;
    const checked = safeParseCriteriaSet(content);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setError(null);
    setBusy(true);
    try {
      const saved = await saveCriteriaSet(content);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.sets });
      setContent(null);
      await navigate({ to: '/cham-diem/bo-tieu-chi/$setId', params: { setId: saved.id } });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };
  const apply = (node: EditableNode) => {
    if (!content || !editing) return;
    setContent({
      ...content,
      nodes: editing.isNew
        ? addNode(content.nodes, editing.parent, node)
        : editNode(content.nodes, editing.node.code, () => node),
    });
    setEditing(null);
  };
  const startNew = (parent: EditableNode | null) =>
    content &&
    setEditing({
      node: {
        code: nextChildCode(content.nodes, parent),
        title: '',
        maxPoints: 1,
        ...(parent ? { method: { type: 'yes_no' } } : {}),
      },
      parent: parent?.code ?? null,
      isNew: true,
    });

  const renderNodes = (nodes: readonly EditableNode[], depth: number): ReactNode => (
    <List listStyleType="none" withPadding={depth > 0} spacing={4}>
      {nodes.map((node) => (
        <List.Item key={node.code}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text size="sm" fw={node.method ? 400 : 600} style={{ flex: 1 }}>
              {node.code}. {node.title}
            </Text>
            {node.maxPoints !== undefined && <Badge variant="light">{formatPointsVi(node.maxPoints)}</Badge>}
            {node.kind && node.kind !== 'criterion' && <Badge color="grape">{t(`scoring.kind.${node.kind}`)}</Badge>}
            {node.source === 'survey' && (
              <Badge color="grape" variant="outline">
                {t('scoring.source.survey')}
              </Badge>
            )}
            {node.method && (
              <Badge variant="outline" color="gray" tt="none" title={methodParams(node.method)}>
                {t(`scoring.method.${node.method.type}`)}
              </Badge>
            )}
            {content && (
              <Group gap={2} wrap="nowrap">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setEditing({ node, parent: null, isNew: false })}
                  aria-label={t('scoring.editor.editOf', { code: node.code })}
                >
                  {t('common.edit')}
                </Button>
                {!node.method && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => startNew(node)}
                    aria-label={t('scoring.editor.addUnder', { code: node.code })}
                  >
                    +
                  </Button>
                )}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setContent({ ...content, nodes: editNode(content.nodes, node.code, () => null) })}
                  aria-label={t('scoring.editor.removeOf', { code: node.code })}
                >
                  ✕
                </Button>
              </Group>
            )}
          </Group>
          {node.children && !node.method && renderNodes(node.children, depth + 1)}
        </List.Item>
      ))}
    </List>
  );

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{shown.name}</Title>
          <Text c="dimmed" size="sm">
            {detail.code} · {t('scoring.sets.versionN', { version: detail.version })} ·{' '}
            {t(`scoring.subject.${detail.subject}`)} ·{' '}
            {t('scoring.editor.maxTotal', { max: formatPointsVi(shown.maxTotal) })}
          </Text>
          {shown.basis && <Text size="sm">{shown.basis}</Text>}
        </div>
        <Group>
          <Button component="a" variant="default" href={downloads.criteriaSet(detail.id, 'xlsx')} download>
            Excel
          </Button>
          {detail.subject === 'province' && (
            <Button
              variant="default"
              onClick={() =>
                void navigate({ to: '/cham-diem/bo-tieu-chi/$setId/phuong-an', params: { setId: detail.id } })
              }
            >
              {t('scoring.whatIf.link')}
            </Button>
          )}
          {manager && !content && (
            <Button onClick={() => setContent(structuredClone(detail.content))}>{t('scoring.editor.start')}</Button>
          )}
          {content && (
            <>
              <Button variant="default" onClick={() => (setContent(null), setProblems([]))}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={busy}>
                {t('scoring.editor.saveVersion')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {content && (
        <Paper withBorder p="sm">
          <Group align="flex-end">
            <TextInput
              label={t('scoring.sets.name')}
              value={content.name}
              onChange={(e) => setContent({ ...content, name: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <NumberField
              label={t('scoring.editor.year')}
              integer
              min={2000}
              max={2100}
              value={content.year}
              onChange={(v) => v !== null && Number.isFinite(v) && setContent({ ...content, year: v })}
              w={120}
            />
            <NumberField
              label={t('scoring.editor.maxTotalField')}
              min={0}
              value={content.maxTotal}
              onChange={(v) => v !== null && Number.isFinite(v) && setContent({ ...content, maxTotal: v })}
              w={160}
            />
            <Button variant="light" onClick={() => startNew(null)}>
              {t('scoring.editor.addArea')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('scoring.editor.hint')}
          </Text>
        </Paper>
      )}
      {problems.length > 0 && (
        <Alert color="red" role="alert" title={t('scoring.editor.problems', { count: problems.length })}>
          <List size="sm">
            {problems.slice(0, 30).map((p, i) => (
              <List.Item key={i}>{p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {error}
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-label={t('scoring.editor.tree')}>
        {renderNodes(shown.nodes, 0)}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h5">
          {t('scoring.editor.bands')}
        </Title>
        <Text size="sm">{shown.bands.map((b) => `${b.label} ≥ ${b.minPercent} %`).join(' · ') || '—'}</Text>
      </Paper>
      {editing && <NodeDialog node={editing.node} onSave={apply} onClose={() => setEditing(null)} />}
    </>
  );
}
