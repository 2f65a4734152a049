import { definePublish, detectPublish } from './define';
import { excerptOf, first, textOf } from '../dom';
import { webUrl } from './blog-page';
import { defineSite } from '../sites/define';

export const site = /* @__PURE__ */ defineSite({
  id: 'ghost',
  name: 'Ghost',
  kind: 'blog-post',
  matches: ['https://*.ghost.io/ghost/*'],
});

// Markup facts: research/sites.md §8, checked against TryGhost/Ghost admin templates
// (editor/modals/publish-flow/complete.hbs, gh-post-bookmark.hbs) and Ghost's own e2e tests.
const sel = {
  complete: '[data-test-publish-flow="complete"]',
  // Only when the post went to the web: email-only sends have no bookmark.
  bookmark: 'a[data-test-complete-bookmark][href]',
  // Offered only when the post was scheduled rather than published.
  scheduled: '[data-test-button="revert-to-draft"]',
  title: ['.gh-post-bookmark-title'],
  excerpt: ['.gh-post-bookmark-text'],
  authors: ['.gh-post-bookmark-authors'],
} as const;

export const detector = /* @__PURE__ */ detectPublish(site, {
  // Ghost(Pro) admin; self-hosted blogs are granted at run time when the user adds them (lib/user-sites).
  // "Publish post, right now" at the end of the publish flow; "Update" on a live post is
  // [data-test-button="publish-save"] and is not a publication.
  publishIntent: '[data-test-button="confirm-publish"]',

  // The admin is one page whose routes live in the hash (/ghost/#/editor/post/{id}), rendered after
  // load: its path is the signal, also on a blog served under a sub-path (/blog/ghost/).
  detect: (_doc, url) => /\/ghost\/?$/.test(url.pathname),
});

export default /* @__PURE__ */ definePublish(detector, {
  confirmPublish(doc, url) {
    const complete = doc.querySelector(sel.complete);
    const bookmark = doc.querySelector(sel.bookmark);
    if (!complete || !bookmark || doc.querySelector(sel.scheduled)) return null;
    const link = webUrl(bookmark.getAttribute('href'), url.href);
    const title = textOf(first(bookmark, sel.title));
    if (!link || !title) return null;
    return {
      url: link,
      title,
      excerpt: excerptOf(textOf(first(bookmark, sel.excerpt))),
      author: textOf(first(bookmark, sel.authors)) || undefined,
      own: true,
    };
  },
});
