import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/structured/page';
import { DraftSchema } from '../../../lib/schema/contribution';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const at = new URL('https://blog.example.com/2026/03/post?utm_source=x');

describe('Save this page (the structured-data fallback)', () => {
  it('reads JSON-LD inside @graph (Yoast style)', () => {
    const draft = extractPage(doc(`<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'My blog' },
        { '@type': ['BlogPosting'], headline: 'Upgrading vSAN', datePublished: '2026-03-02T08:00:00+01:00', author: { '@type': 'Person', name: 'Ana' }, url: 'https://blog.example.com/upgrading-vsan' },
      ],
    })}</script>`), at);
    expect(draft).toMatchObject({ kind: 'blog-post', title: 'Upgrading vSAN', publishedAt: '2026-03-02T07:00:00.000Z', author: 'Ana' });
    expect(DraftSchema.parse(draft).url).toBe('https://blog.example.com/upgrading-vsan');
  });

  it('reads a JSON-LD array and prefers a video over an article', () => {
    const draft = extractPage(doc(`<script type="application/ld+json">[{"@type":"Article","headline":"Page"},{"@type":"VideoObject","name":"Demo","uploadDate":"2026-01-05"}]</script>`), at);
    expect(draft).toMatchObject({ kind: 'video', title: 'Demo', publishedAt: '2026-01-05T00:00:00.000Z' });
  });

  it('skips broken JSON-LD and falls back to microdata', () => {
    const draft = extractPage(doc('<script type="application/ld+json">{broken</script>', `
      <div itemscope itemtype="http://schema.org/BlogPosting">
        <h3 itemprop="name">Microdata post</h3>
        <abbr itemprop="datePublished" title="2026-02-03T04:05:06Z" content="2026-02-03T04:05:06Z">Feb 3</abbr>
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Bo</span></span>
      </div>`), at);
    expect(draft).toMatchObject({ kind: 'blog-post', title: 'Microdata post', publishedAt: '2026-02-03T04:05:06.000Z', author: 'Bo' });
  });

  it('reads a QAPage as a forum answer and a page with only OpenGraph', () => {
    expect(extractPage(doc('', '<html itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Q?</h1></div></html>'), at).kind).toBe('forum-answer');
    const og = extractPage(doc(`
      <meta property="og:title" content="OG title"><meta property="og:type" content="article">
      <meta property="og:url" content="https://blog.example.com/canonical">
      <meta property="article:published_time" content="2026-04-01T00:00:00Z">
      <meta property="og:description" content="A description">`), at);
    expect(og).toMatchObject({ kind: 'blog-post', title: 'OG title', url: 'https://blog.example.com/canonical', publishedAt: '2026-04-01T00:00:00.000Z', excerpt: 'A description' });
  });

  it('still gives a valid draft for a page with nothing but a title', () => {
    const draft = extractPage(doc('<title>Plain page</title>'), at);
    expect(draft).toMatchObject({ kind: 'other', title: 'Plain page', url: at.href, publishedAt: undefined });
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(extractPage(doc(''), at).title).toBe('blog.example.com');
  });

  it.each([
    ['og:url', '<meta property="og:url" content="https://stackoverflow.com/a/123">'],
    ['the canonical link', '<link rel="canonical" href="https://someone-else.example.org/post">'],
    ['a look-alike host', '<link rel="canonical" href="https://blog.example.com.evil.test/2026/03/post">'],
    ['the structured data', `<script type="application/ld+json">{"@type":"BlogPosting","headline":"x","url":"https://medium.com/@victim/post-1"}</script>`],
  ])('keeps the page’s own address when %s names another site', (_where, head) => {
    expect(extractPage(doc(head), at).url).toBe(at.href);
  });

  it('follows a canonical on the same site, with or without www.', () => {
    expect(extractPage(doc('<link rel="canonical" href="https://www.blog.example.com/2026/03/post">'), at).url).toBe('https://www.blog.example.com/2026/03/post');
    expect(extractPage(doc('<meta property="og:url" content="https://other.example.org/x"><link rel="canonical" href="/2026/03/post">'), at).url).toBe('https://blog.example.com/2026/03/post');
  });

  it('ignores a javascript: canonical link', () => {
    const draft = extractPage(doc('<link rel="canonical" href="javascript:alert(1)"><title>x</title>'), at);
    expect(draft.url).toBe(at.href);
  });
});

describe('generic extractor on real-world markup', () => {
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it('reads a WordPress/Yoast graph whose article hangs off the WebPage as mainEntity, with full-URL types', () => {
    const draft = extractPage(doc(ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://blog.example.com/#website', name: 'Ana builds clouds' },
        {
          '@type': 'WebPage',
          '@id': 'https://blog.example.com/2026/03/post/',
          name: 'Page title | Ana builds clouds',
          mainEntity: { '@type': 'http://schema.org/TechArticle', headline: 'NSX edge sizing', datePublished: '2026-03-04T10:00:00+00:00', author: [{ '@type': 'Person', name: 'Ana' }, { '@type': 'Person', name: 'Bo' }] },
        },
      ],
    })), at);
    expect(draft).toMatchObject({ kind: 'blog-post', title: 'NSX edge sizing', publishedAt: '2026-03-04T10:00:00.000Z', author: 'Ana' });
  });

  it('reads a Vimeo clip page’s JSON-LD array and decodes the HTML entities Vimeo leaves in it', () => {
    const draft = extractPage(doc(`<meta property="og:url" content="https://vimeo.com/637403296">${ld([
      { url: 'https://vimeo.com/637403296', name: 'Burberry - Open Spaces / Dir. Megaforce', description: 'AGENCY &amp; PRODUCTION: @riffrafffilms&hellip;', uploadDate: '2021-10-21T05:49:40-04:00', author: { '@type': 'Person', name: 'MEGAFORCE', url: 'https://vimeo.com/user3729354' }, '@type': 'VideoObject', '@context': 'http://schema.org' },
      { itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@id': 'https://vimeo.com/user3729354', name: 'MEGAFORCE' } }], '@type': 'BreadcrumbList' },
    ])}`), new URL('https://vimeo.com/637403296'));
    expect(draft).toMatchObject({ kind: 'video', url: 'https://vimeo.com/637403296', title: 'Burberry - Open Spaces / Dir. Megaforce', excerpt: 'AGENCY & PRODUCTION: @riffrafffilms…', publishedAt: '2021-10-21T09:49:40.000Z', author: 'MEGAFORCE' });
  });

  it('reads YouTube’s watch-page microdata, where names sit in <meta>/<link> content and the channel is a nested Person', () => {
    const draft = extractPage(doc('<meta property="og:type" content="video.other"><meta property="og:url" content="https://www.youtube.com/watch?v=Xk3mP9qLw2A">', `
      <div id="watch7-content" itemscope itemid="" itemtype="http://schema.org/VideoObject">
        <link itemprop="url" href="https://www.youtube.com/watch?v=Xk3mP9qLw2A">
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@anabuildsclouds"><link itemprop="name" content="Ana Builds Clouds"></span>
        <meta itemprop="name" content="vSAN 9 upgrade, step by step">
        <meta itemprop="description" content="Upgrading a four-node vSAN cluster without downtime.">
        <meta itemprop="identifier" content="Xk3mP9qLw2A">
        <meta itemprop="datePublished" content="2026-11-22T02:00:07-08:00">
        <meta itemprop="uploadDate" content="2026-11-22T02:00:07-08:00">
        <meta itemprop="interactionCount" content="42">
      </div>`), new URL('https://www.youtube.com/watch?v=Xk3mP9qLw2A&t=5s'));
    expect(draft).toMatchObject({ kind: 'video', title: 'vSAN 9 upgrade, step by step', url: 'https://www.youtube.com/watch?v=Xk3mP9qLw2A', publishedAt: '2026-11-22T10:00:07.000Z', author: 'Ana Builds Clouds', excerpt: 'Upgrading a four-node vSAN cluster without downtime.' });
  });

  it('reads Blogger’s BlogPosting microdata, dated by the <abbr> title, and never takes a nested item’s name as the title', () => {
    const draft = extractPage(doc('', `
      <div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
        <meta itemprop="blogId" content="7153812"><meta itemprop="postId" content="4411">
        <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Blogger"></div>
        <h3 class="post-title entry-title" itemprop="name">Why we moved to vSphere 9</h3>
        <div class="post-header"><span class="post-author vcard"><span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Simon</span></span></span>
        <abbr class="published" itemprop="datePublished" title="2026-02-05T09:00:00Z">February 05, 2026</abbr></div>
        <div class="post-body entry-content" itemprop="description articleBody">We moved every cluster over a weekend.</div>
      </div>`), at);
    expect(draft).toMatchObject({ kind: 'blog-post', title: 'Why we moved to vSphere 9', publishedAt: '2026-02-05T09:00:00.000Z', author: 'Simon', excerpt: 'We moved every cluster over a weekend.' });
  });

  it('reads a Discourse crawler view (DiscussionForumPosting) as a forum thread', () => {
    const draft = extractPage(doc('<meta property="og:type" content="website">', `
      <div itemscope itemtype="http://schema.org/DiscussionForumPosting">
        <meta itemprop="headline" content="Upgrade stuck at 99%">
        <div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">jane</span></div>
        <time itemprop="datePublished" datetime="2026-05-02T08:01:00Z">May 2</time>
      </div>`), at);
    expect(draft).toMatchObject({ kind: 'forum-thread', title: 'Upgrade stuck at 99%', author: 'jane', publishedAt: '2026-05-02T08:01:00.000Z' });
  });

  it('reads a Microsoft Q&A QAPage (JSON-LD) as a forum answer titled by its question', () => {
    const draft = extractPage(doc(ld({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why does my VM not boot?', dateCreated: '2025-09-01T10:00:00Z', author: { '@type': 'Person', name: 'Kim' }, acceptedAnswer: { '@type': 'Answer', text: 'Check the boot order.' } } })), at);
    expect(draft).toMatchObject({ kind: 'forum-answer', title: 'Why does my VM not boot?', publishedAt: '2025-09-01T10:00:00.000Z', author: 'Kim' });
  });

  it('guesses a talk when an event names its speakers, and an event otherwise', () => {
    const talk = extractPage(doc(ld({ '@context': 'https://schema.org', '@type': 'EducationEvent', name: 'Automating vSAN with PowerCLI', startDate: '2026-06-10T14:00:00+02:00', performer: { '@type': 'Person', name: 'Ana' }, location: { '@type': 'Place', name: 'VMUG Berlin' } })), at);
    expect(talk).toMatchObject({ kind: 'talk', title: 'Automating vSAN with PowerCLI', publishedAt: '2026-06-10T12:00:00.000Z' });
    const meetup = extractPage(doc(ld({ '@context': 'https://schema.org', '@type': 'Event', name: 'VMUG Berlin, June', startDate: '2026-06-10', organizer: { '@type': 'Organization', name: 'VMUG Berlin' } })), at);
    expect(meetup).toMatchObject({ kind: 'event', title: 'VMUG Berlin, June' });
    const microdataTalk = extractPage(doc('', '<div itemscope itemtype="https://schema.org/Event https://schema.org/BusinessEvent"><span itemprop="name">Keynote</span><div itemprop="performer" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana</span></div></div>'), at);
    expect(microdataTalk).toMatchObject({ kind: 'talk', title: 'Keynote' });
  });

  it('prefers a podcast episode, book or repository type when that is what the page is', () => {
    expect(extractPage(doc(ld({ '@type': 'PodcastEpisode', name: 'Episode 12' })), at).kind).toBe('podcast');
    expect(extractPage(doc(ld({ '@type': ['Book', 'Product'], name: 'The vSAN Handbook' })), at).kind).toBe('book');
    expect(extractPage(doc('<meta property="og:type" content="books.book"><meta property="og:title" content="A book">'), at).kind).toBe('book');
  });

  it('keeps the page’s main text as the captured text (scripts, styles and navigation left out) and excerpts it without a description', () => {
    const draft = extractPage(doc('<title>Notes</title><style>.x{color:red}</style>', `
      <nav>Home · About</nav>
      <article><h1>Notes</h1><script>var tracking = 1;</script><p>First paragraph about   vSAN.</p><p hidden>Hidden note</p><p>Second paragraph.</p></article>
      <footer>© 2026</footer>`), at);
    expect(draft.text).toBe('Notes First paragraph about vSAN. Second paragraph.');
    expect(draft.excerpt).toBe('Notes First paragraph about vSAN. Second paragraph.');
    expect(DraftSchema.safeParse(draft).success).toBe(true);
  });

  it('bounds the captured text so that a huge page still makes a valid draft', () => {
    const paragraph = `<p>${'word '.repeat(2000)}</p>`;
    const draft = extractPage(doc('<title>Long</title>', `<main>${paragraph.repeat(5)}</main>`), at);
    expect(draft.text!.length).toBeLessThanOrEqual(20_000);
    expect(DraftSchema.safeParse(draft).success).toBe(true);
  });

  it('falls back to twitter:title and leaves a page without any structured data as “other”', () => {
    const draft = extractPage(doc('<meta name="twitter:title" content="Tweet-card title"><title>Site — Tweet-card title</title>'), at);
    expect(draft).toMatchObject({ kind: 'other', title: 'Tweet-card title', url: at.href });
  });
});
