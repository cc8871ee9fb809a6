import { Paper, SimpleGrid, Text } from '@mantine/core';

export interface Figure {
  label: string;
  value: string;
  detail?: string | null;
  /** A colour for a figure that asks for attention (overdue work, targets at risk). */
  color?: string;
}

/** Headline figures as a description list: each label read before its value, the detail below it. */
export function FigureGrid({
  figures,
  label,
  columns = 4,
}: {
  figures: readonly Figure[];
  label: string;
  columns?: number;
}) {
  return (
    <SimpleGrid cols={{ base: 2, md: columns }} component="dl" aria-label={label} m={0}>
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text component="dd" fz={28} fw={700} m={0} c={figure.color}>
            {figure.value}
          </Text>
          {figure.detail && (
            <Text size="xs" c="dimmed">
              {figure.detail}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
