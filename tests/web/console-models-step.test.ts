import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchReport } from '../../src/draft/llm/llm-bench.models.js';
import { saveLlmBench } from '../../src/draft/llm/llm-bench-report.usecases.js';
import { benchMeasurement } from '../support/bench-fixtures.js';
import { launchChromium, listen, viewports } from '../support/console-browser.js';
import { ADMIN, type ConsoleHarness, openConsole } from '../support/console-harness.js';
import { measureLayout } from '../support/layout-check.js';
import { requireSystemPackage } from '../support/system-packages.js';
import { tinyModelEnv, tinyModelNames } from '../support/tiny-models.js';

const artifacts = path.resolve('tests/artifacts/console');
let browser: Browser;

const shown = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 10_000 });

/** Runs the wizard in the browser up to its last step, the models, and returns that page. */
async function wizardToModels(h: ConsoleHarness, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  await page.goto(`${url}/setup?token=${h.setupToken}`);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat the password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create admin and continue' }).click();
  await page.waitForURL('**/enrol');
  const secret = (await page.locator('code.secret').innerText()).trim();
  await page
    .getByLabel('6-digit code from the app')
    .fill(generateSync({ secret, epoch: Math.floor(h.clock.now() / 1000) }));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('link', { name: /continue/ }).click();
  await shown(page.getByRole('heading', { name: 'First mailbox', level: 1 }));
  await page.getByRole('link', { name: 'Continue to the models' }).click();
  await shown(page.getByRole('heading', { name: 'Models', level: 1 }));
  expect(await page.locator('[aria-current="step"]').innerText()).toBe('Models');
  return page;
}

async function shoot(page: Page, name: string) {
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    expect((await measureLayout(page)).overflowPx, `${name} at ${label}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(artifacts, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
}

const lineOf = (page: Page, name: string) => page.locator('.models-overview li', { hasText: name });

beforeAll(async () => {
  requireSystemPackage('/usr/bin/chromium');
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard’s Models step in Chromium', () => {
  it('without models: says what is missing, that the shipped taggers are there, and the commands to install', async () => {
    const h = openConsole();
    const server = await listen(h);
    try {
      const page = await wizardToModels(h, server.url);
      expect(await lineOf(page, 'Language model').innerText()).toContain('missing');
      expect(await lineOf(page, 'Embedding model').innerText()).toContain('missing');
      expect(await lineOf(page, 'Name recognition').innerText()).toContain('shipped, always present');
      const commands = await page.locator('pre.command code').allInnerTexts();
      expect(commands).toEqual([
        'npx veildraft models fetch',
        'npx veildraft models fetch --from-dir /path/to/copied-models',
      ]);
      expect(await page.locator('#bench').count()).toBe(0);
      await shoot(page, '20-models-step-missing');
      await page.getByRole('link', { name: 'Open the dashboard' }).click();
      await shown(page.getByRole('heading', { name: 'Dashboard', level: 1 }));
    } finally {
      await server.close();
      h.close();
    }
  }, 120_000);

  it('with the tiny models: all installed, then the stored bench-llm result in words, also in Settings', async () => {
    const h = openConsole({ env: tinyModelEnv() });
    const server = await listen(h);
    try {
      const page = await wizardToModels(h, server.url);
      for (const name of ['Language model', 'Embedding model'])
        expect(await lineOf(page, name).innerText()).toContain('installed, verified');
      expect(await page.getByText('Every configured model is in place.').count()).toBe(1);
      // Not measured yet: the command, never a run inside the request.
      expect(await page.locator('#bench').innerText()).toContain('Not measured yet');
      expect(await page.locator('#bench pre.command code').innerText()).toBe('npx veildraft bench-llm');
      await shoot(page, '21-models-step-unmeasured');

      const report = benchReport(
        benchMeasurement(tinyModelNames.llm, [
          { threads: 1, prefillTokensPerSecond: 40, decodeTokensPerSecond: 10 },
          { threads: 2, prefillTokensPerSecond: 50, decodeTokensPerSecond: 6 },
        ]),
        new Date(h.clock.now()),
      );
      saveLlmBench(h.store.db, report, h.clock.now());
      await page.reload();
      const sentence = 'This machine writes a typical reply in about 1 min with this model (1 thread).';
      expect(await page.locator('.bench-sentence').innerText()).toBe(sentence);
      await shoot(page, '22-models-step-measured');

      await page.goto(`${server.url}/settings`);
      const models = page.locator('#llm');
      expect(await models.locator('.bench-sentence').innerText()).toBe(sentence);
      expect(await models.innerText()).toContain('installed, verified');
    } finally {
      await server.close();
      h.close();
    }
  }, 120_000);
});
