import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES, mainItem } from '../../../lib/structured/item';
import { extractPage } from '../../../lib/structured/page';
import { hasType, ldOfType, ldText, readStructured, typesOf } from '../../../lib/structured/read';
import { DraftSchema } from '../../../lib/schema/contribution';

const page = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** A JSON-LD tree whose nodes are named n0, n1…, nested the ways sites nest them. */
type Tree = { wrap: 'plain' | 'graph' | 'array' | 'main'; children: readonly Tree[] };
const wrap = fc.constantFrom<Tree['wrap']>('plain', 'graph', 'array', 'main');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'tree' },
    fc.record({ wrap, children: fc.constant<readonly Tree[]>([]) }),
    fc.record({ wrap, children: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' }) }),
  ),
})).node;

function build(root: Tree, names: string[]): unknown {
  const name = `n${names.length}`;
  names.push(name);
  const node: Record<string, unknown> = { '@type': 'Thing', name };
  const children = root.children.map((child) => build(child, names));
  if (children.length === 0) return node;
  if (root.wrap === 'graph') node['@graph'] = children;
  else if (root.wrap === 'main') node.mainEntity = children.length === 1 ? children[0] : children;
  else return [node, ...children];
  return node;
}

describe('readStructured: JSON-LD', () => {
  it('finds every node, whatever mix of arrays, @graph and mainEntity holds it', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), (blocks) => {
        const names: string[] = [];
        const doc = page(blocks.map((block) => ld(build(block, names))).join(''));
        // Array wrappers are not nodes; every named node is found exactly once.
        expect(readStructured(doc).jsonLd.map((node) => node.name).sort()).toEqual([...names].sort());
      }),
    );
  });

  it('skips a broken block and reads the others', () => {
    const data = readStructured(page(`<script type="application/ld+json">{broken</script>${ld({ '@type': 'VideoObject', name: 'Demo' })}`));
    expect(data.jsonLd.map((node) => node.name)).toEqual(['Demo']);
  });

  it('reads again after the page swaps its blocks (in-app navigation), and reuses the parse otherwise', () => {
    const doc = page(ld({ '@type': 'BlogPosting', headline: 'First' }));
    const first = readStructured(doc).jsonLd;
    expect(readStructured(doc).jsonLd).toBe(first);
    doc.querySelector('script')!.textContent = JSON.stringify({ '@type': 'BlogPosting', headline: 'Second' });
    expect(readStructured(doc).jsonLd.map((node) => node.headline)).toEqual(['Second']);
  });

  it('treats full and prefixed type names as the short name', () => {
    const node = { '@type': ['https://schema.org/VideoObject', 'schema:CreativeWork', 7] };
    expect(typesOf(node)).toEqual(['VideoObject', 'CreativeWork']);
    expect(hasType(node, 'VideoObject')).toBe(true);
    expect(ldOfType(readStructured(page(ld({ '@graph': [{ '@type': 'WebPage' }, node] }))).jsonLd, 'VideoObject')).toEqual(node);
  });

  it('reads text from strings, lists and named objects, entities decoded', () => {
    expect(ldText('Tom &amp; Jerry')).toBe('Tom & Jerry');
    expect(ldText([{ name: ' Ana ' }, 'Bo'])).toBe('Ana');
    expect(ldText(42)).toBeUndefined();
  });
});

describe('readStructured: meta, canonical and times', () => {
  it('reads OpenGraph, other meta tags (first wins), the canonical link and every <time datetime>', () => {
    const data = readStructured(
      page(
        `<meta property="og:title" content="OG title"><meta property="og:title" content="Second"><meta property="og:type" content="video.other">
         <meta property="og:url" content="https://example.org/v/1"><meta name="description" content="Plain description">
         <meta property="article:published_time" content="2026-04-01T00:00:00Z"><meta name="questionId" content="123">
         <link rel="canonical" href="/v/1">`,
        '<time datetime="2026-04-02">April 2</time><p><time>no datetime</time><time datetime=" 2026-04-03T10:00:00Z ">x</time></p>',
      ),
    );
    expect(data.og).toMatchObject({ title: 'OG title', type: 'video.other', url: 'https://example.org/v/1', publishedTime: '2026-04-01T00:00:00Z' });
    expect(data.meta.get('description')).toBe('Plain description');
    expect(data.meta.get('questionId')).toBe('123');
    expect(data.canonical).toBe('/v/1');
    expect(data.times).toEqual(['2026-04-02', '2026-04-03T10:00:00Z']);
  });

  it('reads nothing from a page without structured data', () => {
    const data = readStructured(page('<title>Plain</title>'));
    expect({ ...data, meta: [...data.meta] }).toEqual({ jsonLd: [], microdata: [], og: {}, meta: [], canonical: undefined, times: [] });
  });
});

describe('mainItem: the kind from the schema type', () => {
  it.each([
    [{ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Q?' } }, 'forum-answer', 'Q?'],
    [{ '@type': 'Answer', text: 'Use X', dateCreated: '2026-01-01' }, 'forum-answer', undefined],
    [{ '@type': 'BlogPosting', headline: 'Post' }, 'blog-post', 'Post'],
    [{ '@type': 'Article', headline: 'Article' }, 'blog-post', 'Article'],
    [{ '@type': 'VideoObject', name: 'Video' }, 'video', 'Video'],
    [{ '@type': 'Event', name: 'Meetup' }, 'event', 'Meetup'],
    [{ '@type': 'EducationEvent', name: 'Talk', performer: { name: 'Ana' } }, 'talk', 'Talk'],
    [{ '@type': 'SocialMediaPosting', headline: 'Post' }, 'article', 'Post'],
    [{ '@type': 'PodcastEpisode', name: 'Ep 1' }, 'podcast', 'Ep 1'],
    [{ '@type': 'DiscussionForumPosting', headline: 'Thread' }, 'forum-thread', 'Thread'],
  ])('%o is a %s', (node, kind, title) => {
    expect(mainItem(readStructured(page(ld(node))))).toMatchObject({ kind, title });
  });

  it('reads a video’s duration and views (interactionStatistic, as Twitch and YouTube write it)', () => {
    const item = mainItem(
      readStructured(
        page(ld({ '@type': 'VideoObject', name: 'VOD', uploadDate: '2026-11-20T18:00:00Z', duration: 'PT2H3M', interactionStatistic: { '@type': 'InteractionCounter', interactionType: { '@type': 'WatchAction' }, userInteractionCount: 1234 } })),
      ),
    );
    expect(item).toMatchObject({ kind: 'video', date: '2026-11-20T18:00:00Z', duration: 'PT2H3M', views: 1234 });
  });

  it('prefers a video to an article on a page with both, unless the caller asks for articles', () => {
    const data = readStructured(page(ld([{ '@type': 'Article', headline: 'Page' }, { '@type': 'VideoObject', name: 'Demo' }])));
    expect(mainItem(data)?.kind).toBe('video');
    expect(mainItem(data, ARTICLE_TYPES)).toMatchObject({ kind: 'blog-post', title: 'Page' });
  });

  it('falls back to microdata', () => {
    const data = readStructured(page('', '<div itemscope itemtype="https://schema.org/VideoObject"><h1 itemprop="name">Micro</h1><meta itemprop="duration" content="PT5M"></div>'));
    expect(mainItem(data)).toMatchObject({ kind: 'video', title: 'Micro', duration: 'PT5M' });
  });
});

describe('Save this page on any page', () => {
  it('always gives a draft the background accepts, whatever the page’s structured data holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('BlogPosting', 'VideoObject', 'Event', 'QAPage', 'Thing'), (title, date, type) => {
        const draft = extractPage(page(ld({ '@type': type, headline: title, name: title, datePublished: date })), new URL('https://example.org/p'));
        expect(DraftSchema.safeParse(draft).error).toBeUndefined();
      }),
    );
  });
});
