import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { adapters } from '../../lib/adapters';
import { blogAdapters } from '../../lib/adapters/blogs';
import { communityAdapters } from '../../lib/adapters/communities';
import { eventAdapters } from '../../lib/adapters/events';
import type { Adapter } from '../../lib/adapters/define';
import { qaSiteAdapters } from '../../lib/adapters/qa-sites';
import { socialAdapters } from '../../lib/adapters/social';
import { postAdapters } from '../../lib/adapters/posts';
import { videoAdapters } from '../../lib/adapters/videos';
import { sites } from '../../lib/sites';

const FAMILIES: Record<string, readonly Adapter[]> = {
  'qa-sites': qaSiteAdapters,
  communities: communityAdapters,
  social: socialAdapters,
  posts: postAdapters,
  videos: videoAdapters,
  blogs: blogAdapters,
  events: eventAdapters,
};

/** One row per site: its id, the content script (family) that carries its extractor, and a page it must run on. */
const SITES: [id: string, family: string, page: string][] = [
  ['stack-exchange', 'qa-sites', 'https://stackoverflow.com/questions/52742705/some-question'],
  ['microsoft-qna', 'qa-sites', 'https://learn.microsoft.com/en-us/answers/questions/2114582/vm-will-not-start'],
  ['khoros', 'communities', 'https://techcommunity.microsoft.com/discussions/azure/some-thread/4212345'],
  ['broadcom-community', 'communities', 'https://community.broadcom.com/vmware-cloud-foundation/discussion/esxi-host-disconnects'],
  ['discourse', 'communities', 'https://meta.discourse.org/t/some-topic/311234'],
  ['github-discussions', 'social', 'https://github.com/vercel/next.js/discussions/48427'],
  ['github-contributions', 'social', 'https://github.com/MicrosoftDocs/azure-docs/pull/123456/files'],
  ['mastodon', 'posts', 'https://mastodon.social/@Gargron/113999000111222333'],
  ['linkedin', 'posts', 'https://www.linkedin.com/posts/dana-kowalski-vexpert_vexpert-vmug-activity-7439962551092434567-AbCd'],
  ['bluesky', 'posts', 'https://bsky.app/profile/dana-kowalski.bsky.social/post/3lkq7ab2cdx2s'],
  ['spotify', 'posts', 'https://open.spotify.com/episode/2hM7kLxExampleEpis9zQ4'],
  ['apple-podcasts', 'posts', 'https://podcasts.apple.com/us/podcast/ep-42/id1712345678?i=1000712345678'],
  ['reddit', 'social', 'https://www.reddit.com/r/vmware/comments/1abcde/some_thread/'],
  ['youtube-studio', 'videos', 'https://studio.youtube.com/channel/UC123/videos/upload'],
  ['vimeo', 'videos', 'https://vimeo.com/912345678'],
  ['twitch', 'videos', 'https://www.twitch.tv/videos/2301234567'],
  ['wordpress', 'blogs', 'https://example.wordpress.com/wp-admin/post-new.php'],
  ['ghost', 'blogs', 'https://example.ghost.io/ghost/#/editor/post'],
  ['dev-to', 'blogs', 'https://dev.to/new'],
  ['medium', 'blogs', 'https://medium.com/new-story'],
  ['hashnode', 'blogs', 'https://hashnode.com/draft/65f0c0ffee'],
  ['blogger', 'blogs', 'https://www.blogger.com/blog/post/edit/123/456'],
  ['meetup', 'events', 'https://www.meetup.com/de-DE/vmug-rhine-valley/events/309876543/'],
  ['luma', 'events', 'https://lu.ma/k3p9x2qa'],
  ['eventbrite', 'events', 'https://www.eventbrite.co.uk/e/vmug-usercon-tickets-1123456789012'],
  ['sessionize', 'events', 'https://sessionize.com/dana-kowalski'],
  ['vmug', 'events', 'https://community.vmug.com/events/event-description?CalendarEventKey=6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e&CommunityKey=0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
];

describe('the site registry (metadata without extractors)', () => {
  it('has one row above for every registered site, and no other', () => {
    expect(sites.map((site) => site.id).sort()).toEqual(SITES.map(([id]) => id).sort());
    expect(adapters.map((adapter) => adapter.site.id).sort()).toEqual(SITES.map(([id]) => id).sort());
  });

  it.each(SITES)('%s: its metadata is its extractor’s, its family bundles it, and it runs on its pages', (id, family, page) => {
    const site = sites.find((candidate) => candidate.id === id)!;
    expect(FAMILIES[family]?.find((adapter) => adapter.site.id === id)?.site).toBe(site);
    expect(site.matches.some((pattern) => new MatchPattern(pattern).includes(new URL(page)))).toBe(true);
  });

  it('is read from lib/adapters/ only through each file’s `site` export', () => {
    const source = readFileSync(join(import.meta.dirname, '../../lib/sites/index.ts'), 'utf8');
    const imports = [...source.matchAll(/import (.+) from '([^']+)'/g)].filter((match) => match[2]!.includes('adapters'));
    expect(imports.length).toBe(SITES.length);
    expect(imports.filter((match) => !/^\{ site as \w+ \}$/.test(match[1]!)).map((match) => match[0])).toEqual([]);
  });
});
