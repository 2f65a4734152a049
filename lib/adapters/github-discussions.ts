import { defineForum, detectForum, type CurrentUser } from './define';
import { excerptOf, first, firstOwn, textOf, toInt, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { ogTag } from '../structured/read';

/** `/{owner}/{repo}/discussions/{n}` or an organisation's `/orgs/{org}/discussions/{n}`. */
export const DISCUSSION_PATH = /^\/((?:orgs\/[^/]+)|(?:[^/]+\/[^/]+))\/discussions\/(\d+)(?:\/|$)/;

export const COMMENT_ID = /^discussioncomment-(\d+)$/;

export function discussionOf(url: URL): { base: string; number: string } | undefined {
  if (url.hostname !== 'github.com') return undefined;
  const match = url.pathname.match(DISCUSSION_PATH);
  return match ? { base: match[1]!.toLowerCase(), number: match[2]! } : undefined;
}

export const site = /* @__PURE__ */ defineSite({
  id: 'github-discussions',
  name: 'GitHub Discussions',
  kind: 'forum-answer',
  matches: ['https://github.com/*/*/discussions/*'],
  // The discussions list opens a discussion by soft navigation.
  navigatesFrom: ['https://github.com/*'],
  canonical(url) {
    const discussion = discussionOf(url);
    if (!discussion) return undefined;
    const out = new URL(`https://github.com/${discussion.base}/discussions/${discussion.number}`);
    if (COMMENT_ID.test(url.hash.slice(1))) out.hash = url.hash;
    return out;
  },
});

/**
 * GitHub Discussions. Facts: research/sites.md §6 and a third-party parser measured on
 * vercel/next.js discussions served in Sept 2026 [V-3p]: Rails markup where each comment is a
 * `.js-comment-container` named by a `.discussions-timeline-scroll-target#discussioncomment-{id}`
 * (the opening post is `#discussion-{id}`), replies nest their whole container inside their
 * parent's, the answer wears `.timeline-chosen-answer`, votes are `button#discussion-upvote-button-…`
 * with an "Upvote: N" label. GitHub is moving conversations to React, so a second set reads the
 * React comment markup seen on issues (`[data-testid=markdown-body]`, `avatar-link`) [I for
 * discussions]. The viewer is `meta[name=user-login]` on every GitHub page.
 */
const sel = {
  container: '.js-comment-container',
  target: '.discussions-timeline-scroll-target[id]',
  reactComment: '[id^="discussioncomment-"]',
  title: ['h1 .js-issue-title', '.js-issue-title', '[data-testid="issue-title"]', 'h1 bdi'],
  author: ['a.author[href]', '[data-testid="avatar-link"][href]', 'a[data-testid="comment-author"]'],
  userLink: 'a[data-hovercard-type="user"][href]',
  body: ['.js-comment-body', '[data-testid="markdown-body"]', '.comment-body'],
  created: ['relative-time[datetime]', 'time[datetime]'],
  upvote: ['button[id^="discussion-upvote-button-"]', '.js-upvote-button'],
  voteCount: ['.js-default-vote-count'],
  answer: ['.timeline-chosen-answer', '[data-testid="answer-badge"]'],
  answerLink: 'a.js-discussions-goto-answer-button[href]',
  me: 'meta[name="user-login"]',
} as const;

/** The element a comment's fields are read from: its Rails container, or the React comment itself. */
const postOf = (el: Element) => (el.matches(sel.container) ? sel.container : sel.reactComment);

function commentId(el: Element): string | undefined {
  if (!el.matches(sel.container)) return el.id.match(COMMENT_ID)?.[1];
  for (const target of el.querySelectorAll(sel.target)) {
    if (target.closest(sel.container) !== el) continue;
    return target.id.match(COMMENT_ID)?.[1];
  }
  return undefined;
}

/** The author link: `a.author` where present (replies carry it, top-level comments may not). */
function authorOf(el: Element): string | undefined {
  const scope = postOf(el);
  const link =
    firstOwn(el, sel.author, scope) ??
    [...el.querySelectorAll(sel.userLink)].find(
      (candidate) => candidate.closest(scope) === el && textOf(candidate) !== '' && !candidate.closest(sel.body.join(',')),
    );
  const handle = textOf(link) || link?.getAttribute('href')?.split('/').filter(Boolean)[0];
  return handle?.replace(/^@/, '') || undefined;
}

function currentUser(doc: Document): CurrentUser | null {
  const login = doc.querySelector(sel.me)?.getAttribute('content')?.trim();
  return login ? { handle: login } : null;
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save comment',
  // The page's comment box and the reply box under each comment are Rails forms posted by script.
  submitForm: 'form.js-new-comment-form, form.js-inline-comment-form, form.js-comment-form',
  // The React composer's button is not a submit button [I: confirm on a React-rendered discussion].
  publishIntent: '[data-testid="comment-composer"] button[type="submit"], [data-testid="comment-composer"] button[data-variant="primary"]',
  // Ctrl/Cmd+Enter in a comment box sends it [I: whether GitHub then fires the form's submit event].
  submitShortcut: 'form.js-new-comment-form textarea, form.js-inline-comment-form textarea, [data-testid="comment-composer"] textarea',
  saveAnchor: '.timeline-comment-header, [data-testid="comment-header"]',

  detect: (doc, url) => discussionOf(url) !== undefined && (first(doc, sel.title) !== null || ogTag(doc, 'title') !== undefined),

  items(doc) {
    const rails = [...doc.querySelectorAll(sel.container)].filter((el) => commentId(el) !== undefined);
    if (rails.length > 0) return rails;
    return [...doc.querySelectorAll(sel.reactComment)].filter((el) => COMMENT_ID.test(el.id));
  },

  itemId: commentId,
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const discussion = discussionOf(url);
    const id = commentId(el);
    // The OpenGraph title reads "Title · owner/repo · Discussion #N".
    const title = textOf(first(doc, sel.title)) || ogTag(doc, 'title')?.split(' · ')[0] || doc.title;
    if (!discussion || !id || !title) return null;
    const scope = postOf(el);
    const text = textOf(firstOwn(el, sel.body, scope));
    const author = authorOf(el);
    const me = currentUser(doc);
    const upvote = firstOwn(el, sel.upvote, scope);
    const votes = toInt(upvote?.getAttribute('aria-label')?.match(/(\d+)/)?.[1]) ?? toInt(textOf(firstOwn(el, sel.voteCount, scope)) || undefined);
    const answerLink = doc.querySelector(sel.answerLink)?.getAttribute('href');
    const thread = `https://github.com/${discussion.base}/discussions/${discussion.number}`;
    return {
      url: `${thread}#discussioncomment-${id}`,
      contextUrl: thread,
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: toIsoDate(firstOwn(el, sel.created, scope)?.getAttribute('datetime')),
      author,
      own: Boolean(me?.handle && author && me.handle.toLowerCase() === author.toLowerCase()),
      metrics: {
        votes,
        accepted: firstOwn(el, sel.answer, scope) !== null || answerLink?.endsWith(`#discussioncomment-${id}`) === true,
      },
    };
  },
});
