import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/adapters/generic';
import { DraftSchema } from '../../../lib/schema/contribution';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const at = new URL('https://blog.example.com/2026/03/post?utm_source=x');

describe('generic extractor', () => {
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

  it('ignores a javascript: canonical link', () => {
    const draft = extractPage(doc('<link rel="canonical" href="javascript:alert(1)"><title>x</title>'), at);
    expect(draft.url).toBe(at.href);
  });
});
