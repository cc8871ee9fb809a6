import { existsSync } from 'node:fs';
import { chromium, type APIResponse, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/services/demo/load-demo.js';
import type { Client } from './api.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tier can run. Without Chromium it is skipped loudly on a developer machine;
 * under CI=true a missing Chromium is a failure, not a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI: Chromium is required for the end-to-end tests but ${CHROMIUM} does not exist`);
  console.warn(
    `\n!!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium fonts-noto-core !!!\n`,
  );
  return false;
}

/** Playwright waits 30 s by default; a loaded two-core CI machine has needed more for one page. */
const WAIT_MS = 60_000;

/** Chromium, each new page and context waiting up to WAIT_MS for an element or a navigation. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(WAIT_MS);
    return page;
  };
  return browser;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Signs a demo user in through the login page and waits until the app shell shows their name. */
export async function signInThroughPage(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: /Đăng xuất/ }).waitFor();
}

/** A Mantine select: open it by its label (within `scope`), pick the option from the page's dropdown. */
export async function chooseOption(
  page: Page,
  scope: Page | Locator,
  label: string,
  option: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/**
 * The page's own session as an API client (same cookies, its CSRF token), for setting up data a test
 * does not drive through the screens.
 */
export async function apiClientOf(page: Page, baseUrl: string): Promise<Client> {
  const session = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as {
    user: Client['user'];
    csrfToken: string;
  };
  const headers = { 'x-csrf-token': session.csrfToken };
  const wrap = async (answer: APIResponse) =>
    new Response(answer.status() === 204 ? null : await answer.body(), {
      status: answer.status(),
      headers: answer.headers(),
    });
  const send = (method: string, path: string, text: string) =>
    page.request
      .fetch(`${baseUrl}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, data: text })
      .then(wrap);
  return {
    user: session.user,
    // The cookie stays in the browser context (the page's requests carry it).
    session: { cookie: null, csrf: session.csrfToken },
    get: (path) => page.request.get(`${baseUrl}${path}`).then(wrap),
    send: (method, path, body) => send(method, path, JSON.stringify(body ?? {})),
    sendRaw: send,
    upload: async (path, file, fileName) =>
      wrap(
        await page.request.post(`${baseUrl}${path}`, {
          headers,
          multipart: {
            file: {
              name: fileName,
              mimeType: file.type || 'application/octet-stream',
              buffer: Buffer.from(await file.arrayBuffer()),
            },
          },
        }),
      ),
  };
}
