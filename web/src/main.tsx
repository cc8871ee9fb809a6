import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/vi';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError, setUnauthorizedHandler } from './api/client.js';
import { sessionQuery } from './api/session.js';
import { I18nProvider, useI18n } from './i18n/I18nProvider.js';
import { createAppRouter } from './router.js';
import { theme } from './theme.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network hiccup may.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});
const router = createAppRouter(queryClient);

setUnauthorizedHandler(() => {
  const wasSignedIn = queryClient.getQueryData(sessionQuery.queryKey);
  queryClient.setQueryData(sessionQuery.queryKey, null);
  if (wasSignedIn && router.state.location.pathname !== '/dang-nhap') {
    void router.navigate({ to: '/dang-nhap', search: { redirect: router.state.location.href } });
  }
});

function LocalizedProviders({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <MantineProvider theme={theme}>
        <LocalizedProviders>
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </LocalizedProviders>
      </MantineProvider>
    </I18nProvider>
  </StrictMode>,
);
