import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { parseYouTubeInput } from '../../../lib/backfill/inputs';
import { channelFeedUrl, channelIdFromPage, collectYouTube, videoDrafts } from '../../../lib/backfill/youtube';
import { backfillFixture, fakeWeb } from './fake-web';

const CHANNEL = 'UCa1b2C3d4E5f6G7h8I9j0Kl';
const feed = () => backfillFixture('youtube/channel-feed.xml');
const context = (fetch: typeof globalThis.fetch) => createContext({ year: 2026, signal: new AbortController().signal, fetch });

/** The same feed with `count` uploads, one a week back from mid-November, all within 2026. */
function fullFeed(count: number): string {
  const [head, firstEntry] = feed().split(/(?=<entry>)/);
  const entries = Array.from({ length: count }, (_, index) => {
    const id = `Vid${String(index).padStart(2, '0')}_abcde`;
    const published = new Date(Date.UTC(2026, 10, 12) - index * 7 * 86_400_000).toISOString().replace('.000Z', '+00:00');
    return firstEntry!.replaceAll('Zx9_aB-cD01', id).replace(/<published>[^<]+<\/published>/, `<published>${published}</published>`);
  });
  return `${head}${entries.join('')}</feed>\n`;
}

describe('YouTube uploads', () => {
  it('turns the upload feed into videos of the year with views, shorts at their watch URL', () => {
    const result = videoDrafts(feed(), 2026);
    expect(result.drafts).toEqual([
      {
        kind: 'video',
        platform: 'youtube-studio',
        url: 'https://www.youtube.com/watch?v=Zx9_aB-cD01',
        title: 'vSAN ESA in 10 minutes & why it matters',
        excerpt: 'ESA explained. Chapters: 0:00 Intro 1:10 Hardware <HCL>',
        publishedAt: '2026-11-12T15:00:06.000Z',
        author: 'Homelab with Jane',
        own: true,
        source: 'backfill',
        metrics: { views: 1523 },
      },
      expect.objectContaining({ url: 'https://www.youtube.com/watch?v=Qw8_eF-gH02', title: '#shorts Quick tip: esxcli network', excerpt: '', metrics: { views: 402 } }),
      expect.objectContaining({ url: 'https://www.youtube.com/watch?v=Er7_iJ-kL03', publishedAt: '2026-02-20T18:00:00.000Z', metrics: { views: 9811 } }),
    ]);
    expect(result.otherYears).toBe(1);
    expect(result.entries).toBe(4);
  });

  it('reads the channel feed and needs no warning when it reaches back before the year', async () => {
    const web = fakeWeb({ [channelFeedUrl(CHANNEL)]: { body: feed(), headers: { 'content-type': 'text/xml; charset=UTF-8' } } });
    const result = await collectYouTube({ channelId: CHANNEL }, context(web.fetch));
    expect(web.requested).toEqual(['https://www.youtube.com/feeds/videos.xml?channel_id=UCa1b2C3d4E5f6G7h8I9j0Kl']);
    expect(result.drafts).toHaveLength(3);
    expect(result.warnings).toEqual([]);
  });

  it('warns that a full feed of 15 uploads, all of this year, may leave older ones out', async () => {
    const web = fakeWeb({ [channelFeedUrl(CHANNEL)]: { body: fullFeed(15) } });
    const result = await collectYouTube({ channelId: CHANNEL }, context(web.fetch));
    expect(result.drafts).toHaveLength(15);
    expect(result.warnings).toEqual([
      'YouTube’s channel feed lists only the latest 15 uploads: videos of 2026 before 6 Aug 2026 are not in it. Save older ones from their pages.',
    ]);
  });

  it('finds the channel id of an @handle from its page, then reads the feed', async () => {
    const web = fakeWeb({
      'https://www.youtube.com/@homelab-jane': { body: backfillFixture('youtube/channel-page.html') },
      [channelFeedUrl(CHANNEL)]: { body: feed() },
    });
    const result = await collectYouTube({ handle: 'homelab-jane' }, context(web.fetch));
    expect(web.requested).toEqual(['https://www.youtube.com/@homelab-jane', channelFeedUrl(CHANNEL)]);
    expect(result.drafts).toHaveLength(3);
  });

  it('says what to paste when a page names no channel, and when a channel does not exist', async () => {
    expect(channelIdFromPage('<html><title>Before you continue to YouTube</title></html>')).toBeUndefined();
    const consent = fakeWeb({ 'https://www.youtube.com/@homelab-jane': { body: '<html><title>Before you continue to YouTube</title></html>' } });
    await expect(collectYouTube({ handle: 'homelab-jane' }, context(consent.fetch))).rejects.toThrow(/did not name its channel id.*starts with UC/);
    const missing = fakeWeb({ [channelFeedUrl(CHANNEL)]: { status: 404, body: '' } });
    await expect(collectYouTube({ channelId: CHANNEL }, context(missing.fetch))).rejects.toThrow(
      `The YouTube channel ${CHANNEL} was not found (404 from www.youtube.com). Check the address or name.`,
    );
  });

  it('refuses a feed that is not YouTube’s Atom feed', () => {
    expect(() => videoDrafts('<rss version="2.0"><channel><title>x</title></channel></rss>', 2026)).toThrow(/not the channel’s video feed \(a rss feed\)/);
    expect(() => videoDrafts('<html><body>oops</body></html>', 2026)).toThrow(/not the channel’s video feed/);
  });
});

describe('YouTube input', () => {
  it.each([
    [CHANNEL, { channelId: CHANNEL }],
    [`https://www.youtube.com/channel/${CHANNEL}/videos`, { channelId: CHANNEL }],
    ['@homelab-jane', { handle: 'homelab-jane' }],
    ['https://www.youtube.com/@homelab-jane', { handle: 'homelab-jane' }],
    ['youtube.com/@homelab.jane/', { handle: 'homelab.jane' }],
  ])('reads %s', (channel, expected) => {
    expect(parseYouTubeInput({ channel })).toEqual(expected);
  });

  it.each(['', 'UCshort', 'https://vimeo.com/123', 'https://www.youtube.com/watch?v=Zx9_aB-cD01'])('refuses %j', (channel) => {
    expect(() => parseYouTubeInput({ channel })).toThrow(/channel id \(UC…\)/);
  });
});
