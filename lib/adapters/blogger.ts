import { definePublish, detectPublish } from './define';
import { attrOf, excerptOf, first, textOf, toIsoDate } from '../dom';
import { articleFacts } from './blog-page';
import { defineSite } from '../sites/define';

export const site = /* @__PURE__ */ defineSite({
  id: 'blogger',
  name: 'Blogger',
  kind: 'blog-post',
  matches: ['https://www.blogger.com/blog/post/*', 'https://*.blogspot.com/*'],
  /** ?m=1 is the mobile rendering of the same post. */
  canonical(url) {
    if (!url.hostname.endsWith('.blogspot.com') || !url.searchParams.has('m')) return undefined;
    const out = new URL(url.href);
    out.searchParams.delete('m');
    return out;
  },
});

// Markup facts: research/sites.md §8 and §11 (metascraper's Blogger fixture, 2024): the post page's
// BlogPosting microdata carries postId and blogId. The editor's controls are unverified [I] and
// matched by their label; it returns to the post list after publishing, so the confirmation is the
// post's public page once the user opens it, matched to the editor's post id.
const sel = {
  post: ['[itemscope][itemtype$="schema.org/BlogPosting"]', '.post.hentry', '.post'],
  postId: ['meta[itemprop="postId"]'],
  blogId: ['meta[itemprop="blogId"]'],
  title: ['[itemprop="name"].post-title', '.post-title', '[itemprop="headline"]'],
  body: ['[itemprop~="articleBody"]', '.post-body'],
  author: ['[itemprop="author"] [itemprop="name"]', '.post-author .fn'],
} as const;

const EDITOR_PATH = /^\/blog\/post\/(?:edit|create)\/(\d+)(?:\/(\d+))?/;
const POST_PATH = /^\/\d{4}\/\d{2}\/[^/]+\.html$/;

/** Themes print the date as microdata on an <abbr title>, a <time datetime> or a <meta content>. */
function postDate(post: Element): string | undefined {
  const el = post.querySelector('[itemprop="datePublished"], time.published, abbr.published');
  return toIsoDate(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('title'));
}

export const detector = /* @__PURE__ */ detectPublish(site, {
  // Blogs on their own domains are not covered.
  publishIntent: '[role="button"], button',
  publishText: /^(?:publish|update)$/i,

  detect: (doc, url) =>
    (url.hostname === 'www.blogger.com' && EDITOR_PATH.test(url.pathname)) ||
    (url.hostname.endsWith('.blogspot.com') && (POST_PATH.test(url.pathname) || first(doc, sel.postId) !== null)),
});

export default /* @__PURE__ */ definePublish(detector, {
  /** The public page of the post the user published from /blog/post/edit/{blogId}/{postId}. */
  confirmPublish(doc, url, intent) {
    const editor = intent.path.match(EDITOR_PATH);
    const post = first(doc, sel.post);
    if (!editor || !post || !url.hostname.endsWith('.blogspot.com')) return null;
    const [, blogId, postId] = editor;
    if (attrOf(doc, sel.blogId, 'content') !== blogId) return null;
    const facts = articleFacts(doc);
    const publishedAt = postDate(post) ?? facts.publishedAt;
    if (postId ? attrOf(post, sel.postId, 'content') !== postId : !publishedAt) return null;
    const title = textOf(first(post, sel.title)) || facts.title;
    if (!title) return null;
    const text = textOf(first(post, sel.body));
    return {
      // The page it was confirmed on, never a link from its markup, which the blog's template chooses.
      url: `${url.origin}${url.pathname}`,
      title,
      excerpt: excerptOf(text || facts.description || ''),
      text: text || undefined,
      publishedAt,
      author: textOf(first(post, sel.author)) || facts.author,
      own: true,
    };
  },
});
