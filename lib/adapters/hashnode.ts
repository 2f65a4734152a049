import { definePublish, detectPublish } from './define';
import { excerptOf, first, textOf } from '../dom';
import { articleFacts } from './blog-page';
import { defineSite } from '../sites/define';

export const site = /* @__PURE__ */ defineSite({
  id: 'hashnode',
  name: 'Hashnode',
  kind: 'blog-post',
  matches: ['https://hashnode.com/*', 'https://*.hashnode.dev/*'],
});

// Markup facts: research/sites.md §8 says the web editor's markup and calls are unverified [I]: its
// controls are matched by their label, and the confirmation rests on what the user sees next, the
// post's public page on {blog}.hashnode.dev carrying a publication date after the click.
const sel = {
  body: ['#post-content-wrapper', 'article .prose', 'article'],
} as const;

const EDITOR_PATH = /^\/(?:draft|edit)\/[\w-]+/;

export const detector = /* @__PURE__ */ detectPublish(site, {
  // Custom blog domains are not covered: their public page cannot be recognised without a grant.
  publishIntent: 'button, [role="button"]',
  publishText: /^(?:publish(?: now)?|update)$/i,

  detect: (doc, url) =>
    (url.hostname === 'hashnode.com' && EDITOR_PATH.test(url.pathname)) ||
    (url.hostname.endsWith('.hashnode.dev') && articleFacts(doc).publishedAt !== undefined),
});

export default /* @__PURE__ */ definePublish(detector, {
  /** A post page opened after a publish click in the editor; a post that was live before is an update. */
  confirmPublish(doc, url, intent) {
    if (!url.hostname.endsWith('.hashnode.dev') || !EDITOR_PATH.test(intent.path)) return null;
    const facts = articleFacts(doc);
    if (!facts.title || !facts.publishedAt) return null;
    const text = textOf(first(doc, sel.body));
    return {
      url: facts.url ? new URL(facts.url, url).href : `${url.origin}${url.pathname}`,
      title: facts.title,
      excerpt: excerptOf(facts.description || text),
      text: text || undefined,
      publishedAt: facts.publishedAt,
      author: facts.author,
      own: true,
    };
  },
});
