import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tier can run. Without Chromium it is skipped loudly on a developer machine;
 * under CI=true a missing Chromium is a failure, not a skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI: Chromium is required for the end-to-end tests but ${CHROMIUM} does not exist`);
  console.warn(`\n!!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium fonts-noto-core !!!\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
