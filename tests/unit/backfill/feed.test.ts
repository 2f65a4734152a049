import { describe, expect, it } from 'vitest';
import { createContext } from '../../../lib/backfill/context';
import { collectFeed, feedPlatform, wordpressPage } from '../../../lib/backfill/feed';
import { feedOrigins, parseFeedInput } from '../../../lib/backfill/inputs';
import { parseFeedText } from '../../../lib/backfill/feed-parse';
import { backfillFixture, fakeWeb } from './fake-web';

const WP = 'https://virtuallyjane.example.com/feed/';
const BLOGGER = 'https://cloudnotes-example.blogspot.com/feeds/posts/default';
const BLOGGER_NEXT = 'https://www.blogger.com/feeds/1234567890123456789/posts/default?start-index=3&max-results=2';
const xml = (path: string) => ({ body: backfillFixture(path), headers: { 'content-type': 'application/rss+xml; charset=UTF-8' } });

const context = (fetch: typeof globalThis.fetch, allowed?: (url: string) => Promise<boolean>) =>
  createContext({ year: 2026, signal: new AbortController().signal, fetch, allowed });

describe('parseFeedText', () => {
  it('reads a WordPress RSS 2.0 page: entities, CDATA, dc:creator, RFC 822 dates', () => {
    const feed = parseFeedText(backfillFixture('feeds/wordpress-page-1.xml'), WP);
    expect(feed).toMatchObject({ format: 'rss', title: 'Virtually Jane – notes on vSphere', wordpress: true, next: undefined });
    expect(feed.entries[0]).toEqual({
      title: 'Q&A: upgrading vCenter 8 “in place”',
      url: 'https://virtuallyjane.example.com/2026/11/qa-upgrading-vcenter-8-in-place/',
      publishedAt: '2026-11-18T09:30:00.000Z',
      excerpt:
        'Readers asked how the in-place upgrade handles “stage 2” & what breaks. Short answers first, then the long ones. The post Q&A: upgrading vCenter 8 “in place” appeared first on Virtually Jane.',
      author: 'Jane Doe',
    });
    // Escaped twice by the blog: one more decode gives what the author typed.
    expect(feed.entries[1]).toMatchObject({ title: 'Tips & tricks for nested ESXi', publishedAt: '2026-09-14T04:00:00.000Z' });
    expect(feed.entries[3]).toMatchObject({ title: 'Draft notes that lost their date', publishedAt: undefined });
  });

  it('reads Blogger Atom: html content as text, rel=next, updated when published is missing', () => {
    const page1 = parseFeedText(backfillFixture('feeds/blogger-page-1.xml'), BLOGGER);
    expect(page1).toMatchObject({ format: 'atom', title: 'Cloud Notes', next: BLOGGER_NEXT, wordpress: false });
    expect(page1.entries).toEqual([
      {
        title: 'Bicep modules <the short version>',
        url: 'https://cloudnotes-example.blogspot.com/2026/10/bicep-modules.html',
        publishedAt: '2026-10-02T15:00:00.000Z',
        excerpt: 'Bicep modules keep templates small & testable. Second paragraph.',
        author: 'Ravi K',
      },
      expect.objectContaining({ url: 'https://cloudnotes-example.blogspot.com/2026/04/entra-sign-in-logs.html', publishedAt: '2026-04-21T06:30:00.000Z' }),
    ]);
    const page2 = parseFeedText(backfillFixture('feeds/blogger-page-2.xml'), BLOGGER_NEXT);
    expect(page2.entries[0]).toMatchObject({ title: 'An entry with only an updated date', publishedAt: '2026-01-09T18:00:00.000Z', author: 'Ravi K' });
  });

  it('reads Medium: CDATA title kept as written, tracking parameters left for the canonical URL', () => {
    const feed = parseFeedText(backfillFixture('feeds/medium.xml'), 'https://medium.com/feed/@janedoe');
    expect(feed.entries).toEqual([
      {
        title: 'Terraform <import> blocks & why they matter',
        url: 'https://medium.com/@janedoe/terraform-import-blocks-why-they-matter-3f2a1b0c9d8e?source=rss-0123456789ab------2',
        publishedAt: '2026-06-05T14:01:02.000Z',
        excerpt: 'Terraform import blocks Import blocks moved imports into plan & apply.',
        author: 'Jane Doe',
      },
    ]);
  });

  it('reads JSON Feed and RDF, and resolves relative links against the feed', () => {
    const json = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        next_url: '/feed.json?page=2',
        items: [{ id: '1', url: '/posts/one', title: 'One', content_html: '<p>Hello <b>there</b></p>', date_published: '2026-02-01T10:00:00+01:00' }],
      }),
      'https://j.example.org/feed.json',
    );
    expect(json).toMatchObject({ format: 'json', next: 'https://j.example.org/feed.json?page=2' });
    expect(json.entries[0]).toMatchObject({ url: 'https://j.example.org/posts/one', excerpt: 'Hello there', publishedAt: '2026-02-01T09:00:00.000Z' });

    const rdf = parseFeedText(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r.example.org/"><title>R</title><link>https://r.example.org/</link><description>d</description></channel>
      <item rdf:about="https://r.example.org/a"><title>R &amp;amp; D</title><link>https://r.example.org/a</link><dc:date>2026-05-01T08:00:00Z</dc:date><dc:creator>Kim</dc:creator></item></rdf:RDF>`,
      'https://r.example.org/index.rdf',
    );
    expect(rdf.entries).toEqual([{ title: 'R & D', url: 'https://r.example.org/a', publishedAt: '2026-05-01T08:00:00.000Z', excerpt: '', author: 'Kim' }]);
  });

  it('never turns a javascript: link into an entry link', () => {
    const feed = parseFeedText(
      '<rss version="2.0"><channel><title>x</title><item><title>Bad</title><link>javascript:alert(1)</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>',
      'https://x.example.org/feed',
    );
    expect(feed.entries[0]!.url).toBeUndefined();
  });

  it('says clearly when the address is a web page or the feed is broken', () => {
    expect(() => parseFeedText(backfillFixture('feeds/blog-home.html'), 'https://virtuallyjane.example.com/')).toThrow(/is a web page, not a feed.*\/feed/);
    expect(() => parseFeedText(backfillFixture('feeds/truncated.xml'), WP)).toThrow(/is not a readable RSS, Atom or JSON feed/);
    expect(() => parseFeedText('', WP)).toThrow(/not a readable/);
  });
});

describe('collectFeed', () => {
  it('follows WordPress’s ?paged=N until a page reaches the year before, keeping only the year', async () => {
    const web = fakeWeb({ [WP]: xml('feeds/wordpress-page-1.xml'), [wordpressPage(WP, 2)]: xml('feeds/wordpress-page-2.xml') });
    const result = await collectFeed({ url: WP, author: '' }, context(web.fetch));
    expect(web.requested).toEqual([WP, 'https://virtuallyjane.example.com/feed/?paged=2']);
    expect(result.drafts.map((draft) => draft.title)).toEqual([
      'Q&A: upgrading vCenter 8 “in place”',
      'Tips & tricks for nested ESXi',
      'Guest post: Why PowerCLI still matters',
      'Why I moved my lab to vSAN ESA',
    ]);
    expect(result.drafts[0]).toEqual({
      kind: 'blog-post',
      // A WordPress blog (its generator says so): the same site as posts captured in its editor.
      platform: 'wordpress',
      url: 'https://virtuallyjane.example.com/2026/11/qa-upgrading-vcenter-8-in-place/',
      title: 'Q&A: upgrading vCenter 8 “in place”',
      excerpt: expect.stringMatching(/^Readers asked/),
      publishedAt: '2026-11-18T09:30:00.000Z',
      author: 'Jane Doe',
      own: true,
      source: 'backfill',
    });
    // "New year, new lab" was posted at 00:30 in Berlin: 23:30 on 31 December in UTC.
    expect(result.otherYears).toBe(2);
    expect(result.rejected).toEqual([
      { title: 'Draft notes that lost their date', url: 'https://virtuallyjane.example.com/2026/06/draft-notes/', reason: 'The feed gives no publication date for it.' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps one author’s posts on a shared blog', async () => {
    const web = fakeWeb({ [WP]: xml('feeds/wordpress-page-1.xml'), [wordpressPage(WP, 2)]: xml('feeds/wordpress-page-2.xml') });
    const result = await collectFeed({ url: WP, author: 'jane doe' }, context(web.fetch));
    expect(result.drafts).toHaveLength(3);
    expect(result.rejected).toContainEqual(expect.objectContaining({ title: 'Guest post: Why PowerCLI still matters', reason: 'Written by Sam Guest, not jane doe.' }));
  });

  it('ends at a 404 past the last page and warns that the feed does not reach the start of the year', async () => {
    const web = fakeWeb({ [WP]: xml('feeds/wordpress-page-1.xml'), [wordpressPage(WP, 2)]: { status: 404, body: 'Not Found' } });
    const result = await collectFeed({ url: WP, author: '' }, context(web.fetch));
    expect(result.drafts).toHaveLength(3);
    expect(result.warnings).toEqual([
      'The feed only goes back to 7 Jul 2026; earlier posts of 2026 are not in it. Many feeds list only the latest 10–20 posts: save older ones from their pages.',
    ]);
  });

  it('follows Blogger’s rel=next onto www.blogger.com when that host is allowed', async () => {
    const web = fakeWeb({ [BLOGGER]: xml('feeds/blogger-page-1.xml'), [BLOGGER_NEXT]: xml('feeds/blogger-page-2.xml') });
    const result = await collectFeed({ url: BLOGGER, author: '' }, context(web.fetch, async () => true));
    expect(web.requested).toEqual([BLOGGER, BLOGGER_NEXT]);
    expect(result.drafts.map((draft) => draft.url)).toEqual([
      'https://cloudnotes-example.blogspot.com/2026/10/bicep-modules.html',
      'https://cloudnotes-example.blogspot.com/2026/04/entra-sign-in-logs.html',
      'https://cloudnotes-example.blogspot.com/2026/01/only-updated.html',
    ]);
    expect(result.otherYears).toBe(1);
  });

  it('does not follow a next page onto a host it may not read, and says so', async () => {
    const web = fakeWeb({ [BLOGGER]: xml('feeds/blogger-page-1.xml') });
    const allowed = async (url: string) => new URL(url).host === 'cloudnotes-example.blogspot.com';
    const result = await collectFeed({ url: BLOGGER, author: '' }, context(web.fetch, allowed));
    expect(web.requested).toEqual([BLOGGER]);
    expect(result.drafts).toHaveLength(2);
    expect(result.warnings[0]).toMatch(/older pages are on www\.blogger\.com, which the extension was not allowed to read: posts of 2026 before 21 Apr 2026/);
  });

  it('stops when a page brings nothing new (a site that ignores ?paged)', async () => {
    const web = fakeWeb({ [WP]: xml('feeds/wordpress-page-1.xml'), [wordpressPage(WP, 2)]: xml('feeds/wordpress-page-1.xml') });
    const result = await collectFeed({ url: WP, author: '' }, context(web.fetch));
    expect(web.requested).toHaveLength(2);
    expect(result.drafts).toHaveLength(3);
  });

  it('fails with the reason when the first page is missing or the host is unreachable', async () => {
    const missing = fakeWeb({ [WP]: { status: 404, body: 'Not Found' } });
    await expect(collectFeed({ url: WP, author: '' }, context(missing.fetch))).rejects.toThrow(
      'The feed was not found (404 from virtuallyjane.example.com). Check the address or name.',
    );
    const offline = fakeWeb({});
    await expect(collectFeed({ url: WP, author: '' }, context(offline.fetch))).rejects.toThrow(/virtuallyjane\.example\.com could not be reached/);
  });
});

describe('feedPlatform', () => {
  it.each([
    ['https://virtuallyjane.example.com/feed/', 'https://wordpress.org/?v=6.8.3', 'wordpress'],
    ['https://janedoe.wordpress.com/feed/', '', 'wordpress'],
    ['https://blog.example.org/rss/', 'Ghost 5.96', 'ghost'],
    ['https://blog.example.org/index.xml', 'Hugo 0.140.0', 'blog'],
    ['https://blog.example.org/feed.xml', '', 'blog'],
  ])('%s made by %j is on %s', (url, generator, platform) => {
    expect(feedPlatform(url, generator)).toBe(platform);
  });
});

describe('feed input', () => {
  it('takes an address with or without https:// and asks for the hosts it needs', () => {
    expect(parseFeedInput({ url: 'virtuallyjane.example.com/feed/#top' })).toEqual({ url: WP, author: '' });
    expect(feedOrigins({ url: WP, author: '' })).toEqual(['https://virtuallyjane.example.com/*']);
    expect(feedOrigins({ url: BLOGGER, author: '' })).toEqual(['https://cloudnotes-example.blogspot.com/*', 'https://www.blogger.com/*']);
  });

  it.each([
    [{ url: '' }, /Enter the address/],
    [{ url: 'http://old.example.com/feed' }, /Only https feeds/],
    [{ url: 'https://exa mple.com/feed' }, /not a web address/],
  ])('refuses %j', (values, message) => {
    expect(() => parseFeedInput(values)).toThrow(message);
  });
});
