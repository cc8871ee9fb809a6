import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { registerTilesQuery, type RegisterTiles } from '../../api/registers.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

type Tile = RegisterTiles['tiles'][number];
type Workflow = RegisterTiles['workflows'][number];

/** One tile per register and per workflow with its own page: this year's entries, open and overdue follow-ups, its figures; the title drills down. */
export function RegisterTilesSection({ year }: { year?: number }) {
  const t = useT();
  const query = useQuery(registerTilesQuery(year));
  if (!query.data) return null;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('reg.tiles', { year: String(query.data.year) })}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {query.data.tiles.map((tile) => (
          <RegisterTile key={tile.register} tile={tile} year={query.data.year} />
        ))}
        {query.data.workflows.map((tile) => (
          <WorkflowTile key={tile.workflow} tile={tile} year={query.data.year} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function figureText(figure: Tile['figures'][number], none: string): string {
  if (figure.value === null) return none;
  if (figure.kind === 'rate')
    return `${formatNumberVi(figure.value, 1)}% (${formatNumberVi(figure.numerator ?? 0)}/${formatNumberVi(figure.denominator ?? 0)})`;
  return formatNumberVi(figure.value);
}

function TileFigures({ figures }: { figures: Tile['figures'] }) {
  const t = useT();
  return figures.map((figure) => (
    <Group key={figure.key} justify="space-between" wrap="nowrap" gap="xs" data-figure={figure.key}>
      <Text size="sm">{figure.name}</Text>
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-value>
        {figureText(figure, t('reg.noData'))}
      </Text>
    </Group>
  ));
}

/** A workflow with its own page (unit plans, initiatives, citizen feedback): its figures, the title opening the page. */
function WorkflowTile({ tile, year }: { tile: Workflow; year: number }) {
  const t = useT();
  const title = {
    'unit-plans': (
      <AnchorLink to="/ke-hoach-don-vi" fw={600}>
        {t('nav.unitPlans')}
      </AnchorLink>
    ),
    initiatives: (
      <AnchorLink to="/sang-kien" search={{ year }} fw={600}>
        {t('nav.initiatives')}
      </AnchorLink>
    ),
    'citizen-feedback': (
      <AnchorLink to="/phan-anh-kien-nghi" search={{ year }} fw={600}>
        {t('nav.feedback')}
      </AnchorLink>
    ),
  }[tile.workflow];
  return (
    <Card withBorder padding="md" data-testid={`tile-${tile.workflow}`}>
      <Stack gap={6}>
        {title}
        <TileFigures figures={tile.figures} />
      </Stack>
    </Card>
  );
}

function RegisterTile({ tile, year }: { tile: Tile; year: number }) {
  const t = useT();
  return (
    <Card withBorder padding="md" data-testid={`tile-${tile.register}`}>
      <Stack gap={6}>
        <AnchorLink to="/so-theo-doi/$register" params={{ register: tile.register }} search={{ year }} fw={600}>
          {tile.name}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {t('reg.tile.entries', { count: formatNumberVi(tile.entries) })}
        </Text>
        {tile.openFollowUps > 0 && (
          <Group gap={6}>
            <Badge variant="light">{t('reg.tile.open', { count: formatNumberVi(tile.openFollowUps) })}</Badge>
            {tile.overdueFollowUps > 0 && (
              <Badge color="red" variant="light">
                {t('reg.tile.overdue', { count: formatNumberVi(tile.overdueFollowUps) })}
              </Badge>
            )}
          </Group>
        )}
        <TileFigures figures={tile.figures} />
      </Stack>
    </Card>
  );
}
