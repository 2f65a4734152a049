import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Draft } from '../../lib/schema/contribution';
import { launchWithExtension, type Harness } from './harness';

const Y = new Date().getUTCFullYear();
const SEED: Draft[] = [
  { kind: 'blog-post', platform: 'generic', url: 'https://blog.example.com/vsphere-9', title: 'Upgrading to vSphere 9', publishedAt: `${Y}-02-03T12:00:00.000Z`, own: true, source: 'one-click', tags: ['vsphere'] },
  { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://stackoverflow.com/a/70000001', title: 'Answer to How do I peer two VNets?', contextTitle: 'How do I peer two VNets?', publishedAt: `${Y}-03-02T12:00:00.000Z`, own: true, source: 'auto', metrics: { votes: 2 } },
  { kind: 'talk', platform: 'manual', url: 'https://summit.example.org/keynote', title: 'Zero trust for hybrid networks', contextTitle: 'Cloud Summit', publishedAt: `${Y}-04-10T12:00:00.000Z`, own: true, source: 'manual' },
  { kind: 'forum-answer', platform: 'stack-exchange', url: 'https://superuser.com/a/9', title: 'Someone else’s answer', publishedAt: `${Y - 3}-06-01T12:00:00.000Z`, own: false, source: 'one-click' },
];

/** Serious and critical axe findings, one line each: rule, impact, how many nodes, the first node. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')} ${violation.nodes[0]?.failureSummary ?? ''}`);
}

const VIEWS = {
  popup: { page: 'popup.html', tabs: ['Applications', 'Add', 'Settings'] },
  dashboard: { page: 'dashboard.html', tabs: [] },
} as const;

/** One view in both colour schemes; for the popup, each of its tabs too. */
async function audit(h: Harness, view: keyof typeof VIEWS, withData: boolean) {
  const found: Record<string, string[]> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${h.extensionId}/${VIEWS[view].page}`);
    await (withData ? page.getByRole('link', { name: 'Zero trust for hybrid networks' }) : page.getByText(/Nothing saved for this period yet/)).first().waitFor();
    found[colorScheme] = await violations(page);
    for (const tab of VIEWS[view].tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      found[`${colorScheme}, ${tab}`] = await violations(page);
    }
    await page.close();
  }
  return found;
}

const clean = (found: Record<string, string[]>) => Object.fromEntries(Object.keys(found).map((key) => [key, []]));
const SLOW = 120_000;

describe('accessibility (axe-core): no serious or critical violations, light and dark', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const view of ['popup', 'dashboard'] as const) {
    it(`${view}, empty`, async () => {
      const found = await audit(h, view, false);
      expect(found).toEqual(clean(found));
    }, SLOW);
  }

  for (const view of ['popup', 'dashboard'] as const) {
    it(`${view}, with entries`, async () => {
      if ((await h.entries()).length === 0) await h.seed(SEED);
      const found = await audit(h, view, true);
      expect(found).toEqual(clean(found));
    }, SLOW);
  }
});
