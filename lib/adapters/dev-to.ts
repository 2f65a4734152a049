import { definePublish, detectPublish, type CurrentUser } from './define';
import { attrOf, excerptOf, first, textOf, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { ogTag } from '../structured/read';

export const site = /* @__PURE__ */ defineSite({
  id: 'dev-to',
  name: 'DEV Community',
  kind: 'blog-post',
  matches: ['https://dev.to/*'],
});

// Markup facts: research/sites.md §8 and forem/forem (article-form EditorActions: the primary button
// is Publish, or "Save changes" on a live post; articles/show.html.erb); article-page attributes as on
// a saved dev.to page from 2026. After a publish the editor does location.replace to the article.
const sel = {
  article: '#article-show-container[data-path]',
  // Set by the page's own inline script when the signed-in user wrote the article…
  authorMark: '.current-user-is-article-author',
  // …and the Edit link its script adds for the author.
  editLink: '#action-space a[href$="/edit"]',
  title: ['#main-title h1', '.crayons-article__header h1'],
  date: ['.crayons-article__header time[datetime]', 'time[datetime]'],
  body: ['#article-body', '.crayons-article__body'],
} as const;

const EDITOR_PATH = /^\/(?:new|[^/]+\/[^/]+\/edit)\/?$/;

/** The page names the signed-in user only where they wrote the article; elsewhere this is null. */
function currentUser(doc: Document): CurrentUser | null {
  const article = doc.querySelector(sel.article);
  if (article && (article.matches(sel.authorMark) || doc.querySelector(sel.editLink))) {
    return { id: article.getAttribute('data-author-id') ?? undefined, handle: article.getAttribute('data-author-username') ?? undefined };
  }
  return null;
}

export const detector = /* @__PURE__ */ detectPublish(site, {
  // The primary button is Publish, or "Save changes" on a live post; older Crayons buttons carry no
  // modifier class when they are primary. A literal, not a property of `sel`: a bundle that needs only
  // the site metadata must not keep a read of it.
  publishIntent:
    '#editor-actions .c-btn--primary, .crayons-article-form__footer .c-btn--primary, .crayons-article-form__footer .crayons-btn:not([class*="crayons-btn--"])',

  detect: (doc, url) => url.hostname === 'dev.to' && (EDITOR_PATH.test(url.pathname) || doc.querySelector(sel.article) !== null),
});

export default /* @__PURE__ */ definePublish(detector, {
  currentUser,

  /** The article page the editor sends the author to: live, not a draft's secret preview, and theirs. */
  confirmPublish(doc, url) {
    const article = doc.querySelector(sel.article);
    if (!article || url.searchParams.has('preview')) return null;
    if (article.getAttribute('data-published') !== 'true' || article.getAttribute('data-scheduled') === 'true') return null;
    const path = article.getAttribute('data-path')!;
    if (url.pathname.replace(/\/$/, '') !== path || !currentUser(doc)) return null;
    const title = textOf(first(doc, sel.title)) || ogTag(doc, 'title') || '';
    if (!title) return null;
    const text = textOf(first(article, sel.body));
    return {
      // Not the canonical link: a cross-posted article names its original blog there.
      url: `https://dev.to${path}`,
      title,
      excerpt: excerptOf(text || ogTag(doc, 'description') || ''),
      text: text || undefined,
      publishedAt: toIsoDate(attrOf(article, sel.date, 'datetime')),
      author: article.getAttribute('data-author-username') ?? undefined,
      own: true,
    };
  },
});
