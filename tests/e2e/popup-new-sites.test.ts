import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './harness';
import { saveButtons } from './our-ui';

const fixture = (site: string, file: string) => readFileSync(join(__dirname, '..', 'fixtures', site, file), 'utf8');

/** One page of each of issue 16's sites here, the title its entry shows and the site's name beside it. */
const PAGES = [
  { site: 'github-contributions', file: 'pr-other-open.html', url: 'https://github.com/vmware/example-csi-samples/pull/4821', title: 'Add CSI snapshot example for vSphere storage class', name: 'GitHub pull requests and issues' },
  { site: 'mastodon', file: 'status-own.html', url: 'https://mastodon.social/@dana/113999000111222333', title: /^Slides and lab scripts from my Example CloudConf talk/, name: 'Mastodon' },
  { site: 'bluesky', file: 'post-other.html', url: 'https://bsky.app/profile/samokafor.bsky.social/post/3lkr2mz4wqp2c', title: /^Restore drills are the only backups that count/, name: 'Bluesky' },
  { site: 'spotify', file: 'episode-own-show.html', url: 'https://open.spotify.com/episode/2hM7kLxExampleEpis9zQ4', title: 'Ep. 42 – vSphere 9 lifecycle with Dana Kowalski', name: 'Spotify (podcast episodes)' },
  {
    site: 'apple-podcasts',
    file: 'episode-other-show-2023.html',
    url: 'https://podcasts.apple.com/es/podcast/118-restore-drills-nobody-wants-to-run/id1698765432?i=1000698765432',
    title: '#118: Restore drills nobody wants to run',
    name: 'Apple Podcasts',
  },
];

// What the popup shows of the captures the fixture folders' e2e cases make (their runner reads the store, not the popup).
describe('the popup shows what was saved on the pull request, social post and podcast pages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launchWithExtension();
  });
  afterEach(async () => {
    await h?.close();
  });

  it('lists each saved entry with its link and its site', async () => {
    for (const [index, page] of PAGES.entries()) {
      await h.serve(page.url, fixture(page.site, page.file));
      const tab = await h.context.newPage();
      await tab.goto(page.url);
      await saveButtons(tab).first().click();
      await expect.poll(() => h.entries(), { timeout: 15_000 }).toHaveLength(index + 1);
      await tab.close();
    }
    const popup = await h.openExtensionPage('popup.html');
    const list = popup.getByRole('list', { name: 'Contributions, newest first' });
    for (const page of PAGES) {
      const link = list.getByRole('link', { name: page.title });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(page.url);
      expect(await list.getByRole('listitem').filter({ hasText: page.title }).textContent()).toContain(page.name);
    }
  });
});
