import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';

/** What a page loads its subject with; a react-query result is one. */
export interface PageQuery<T> {
  data: T | undefined;
  error: Error | null;
}

interface PageHeaderProps {
  /** The page's heading (level 1); pages whose heading depends on what they load write it in their body. */
  title?: ReactNode;
  /** One line under the heading, dimmed. */
  intro?: ReactNode;
  /** Buttons at the right of the heading (null: none yet, but laid out as if there were). */
  actions?: ReactNode;
  /** How the actions line up with the heading block. */
  actionsAlign?: 'flex-start' | 'flex-end';
}

type PageShellProps<T> = PageHeaderProps & {
  /** The way back (a BackLink), shown whatever state the page is in. */
  back?: ReactNode;
} & (
    | {
        /** The page's subject: a loader until it arrives, the error's message if it fails, else `children(data)`. */
        query: PageQuery<T>;
        children: (data: T) => ReactNode;
      }
    | { query?: undefined; children: ReactNode }
  );

/**
 * The frame every page shares: the way back, the heading, and the subject once it is loaded. Pages
 * that load one thing get the loader and the error alert from here, so all of them say it alike.
 */
export function PageShell<T>(props: PageShellProps<T>) {
  const { back, title, intro, actions, actionsAlign = 'flex-start' } = props;
  const heading = title !== undefined && (
    <div>
      <Title order={1}>{title}</Title>
      {intro !== undefined && (
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      )}
    </div>
  );
  return (
    <Stack>
      {back}
      {actions !== undefined ? (
        <Group justify="space-between" align={actionsAlign}>
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {props.query === undefined ? props.children : <QueryState query={props.query}>{props.children}</QueryState>}
    </Stack>
  );
}

/** A loaded part of a page: a loader until the data arrives, the error's message if it fails, else `children(data)`. */
export function QueryState<T>({ query, children }: { query: PageQuery<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (query.error) {
    return (
      <Alert color="red" role="alert">
        {query.error.message || t('app.error')}
      </Alert>
    );
  }
  if (query.data === undefined) return <Loader aria-label={t('app.loading')} />;
  return children(query.data);
}
