import { defineForum, detectForum, type CurrentUser } from './define';
import { attrOf, excerptOf, first, textOf, toInt, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { canonicalLink, ogTag } from '../structured/read';

export const SITE_HOST = /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

export const site = /* @__PURE__ */ defineSite({
  id: 'stack-exchange',
  name: 'Stack Exchange',
  kind: 'forum-answer',
  matches: [
    'https://*.stackoverflow.com/questions/*',
    'https://*.stackexchange.com/questions/*',
    'https://*.superuser.com/questions/*',
    'https://*.serverfault.com/questions/*',
    'https://*.askubuntu.com/questions/*',
    'https://*.mathoverflow.net/questions/*',
    'https://*.stackapps.com/questions/*',
  ],
  canonical(url) {
    if (!SITE_HOST.test(url.hostname)) return undefined;
    const out = new URL(`https://${url.hostname.replace(/^www\./, '')}/`);
    const path = url.pathname;
    const fragment = url.hash.slice(1);
    const answer =
      path.match(/^\/a\/(\d+)/)?.[1] ??
      path.match(/^\/questions\/\d+\/[^/]+\/(\d+)/)?.[1] ??
      (/^\/questions\/\d+/.test(path) && /^\d+$/.test(fragment) ? fragment : undefined);
    const question = path.match(/^\/(?:q|questions)\/(\d+)/)?.[1];
    if (answer) out.pathname = `/a/${answer}`;
    else if (question) out.pathname = `/questions/${question}`;
    else return undefined;
    return out;
  },
});

// Markup facts: research/sites.md §1 and fixtures/real/stackoverflow-question-*.html (Dec 2020).
const sel = {
  page: ['[itemtype$="schema.org/QAPage"]', '#question[data-questionid]', '.question[data-questionid]'],
  answer: '.answer[data-answerid], [itemtype$="schema.org/Answer"][id^="answer-"]',
  body: ['[itemprop="text"]', '.js-post-body', '.post-text'],
  votes: ['.js-vote-count[data-value]', '[itemprop="upvoteCount"]'],
  created: ['time[itemprop="dateCreated"]'],
  actionTime: '.post-signature .user-action-time span[title]',
  authorLink: ['[itemprop="author"] a[href*="/users/"]', '.post-signature:last-of-type .user-details a[href*="/users/"]'],
  authorName: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"] a[href*="/users/"]'],
  title: ['#question-header h1 a.question-hyperlink', '#question-header h1', 'h1[itemprop="name"]'],
  me: ['a.my-profile[href*="/users/"]', 'a.s-user-card[href*="/users/"]', '.s-topbar--item.s-user-card[href*="/users/"]'],
  options: 'script[data-module-name="Shared/options.mod"], script:not([src])',
} as const;

const userIdOf = (href: string | undefined) => href?.match(/\/users\/(\d+)/)?.[1];

function questionUrl(doc: Document, url: URL): string {
  const canonical = canonicalLink(doc) ?? ogTag(doc, 'url');
  const qid = (canonical ?? url.pathname).match(/\/questions\/(\d+)/)?.[1];
  return qid ? `https://${url.hostname}/questions/${qid}` : url.href;
}

function answerDate(el: Element): string | undefined {
  const created = attrOf(el, sel.created, 'datetime');
  if (created) return toIsoDate(created);
  // The answerer's signature is the last one; earlier ones belong to editors.
  const times = el.querySelectorAll(sel.actionTime);
  return toIsoDate(times[times.length - 1]?.getAttribute('title'));
}

function currentUser(doc: Document): CurrentUser | null {
  const link = first(doc, sel.me);
  const href = link?.getAttribute('href') ?? undefined;
  const fromLink = userIdOf(href);
  if (fromLink) return { id: fromLink, handle: href?.split('/')[3] };
  // StackExchange.init({... "user":{"userId":123, "isAnonymous":false ...}}) on logged-in pages.
  for (const script of doc.querySelectorAll(sel.options)) {
    const id = script.textContent?.match(/"userId"\s*:\s*(\d+)/)?.[1];
    if (id) return { id };
  }
  return null;
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save answer',
  saveAnchor: '.js-post-menu, .post-menu',
  submitForm: '#post-form[action*="/answer/submit"], form.js-add-answer-component',

  detect: (doc, url) => SITE_HOST.test(url.hostname) && first(doc, sel.page) !== null,

  items: (doc) => [...doc.querySelectorAll(sel.answer)],

  itemId: (el) => el.getAttribute('data-answerid') ?? el.id.match(/^answer-(\d+)$/)?.[1],
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const aid = el.getAttribute('data-answerid') ?? el.id.match(/^answer-(\d+)$/)?.[1];
    const title = textOf(first(doc, sel.title)) || ogTag(doc, 'title') || doc.title;
    if (!aid || !title) return null;
    const text = textOf(first(el, sel.body));
    const authorId = userIdOf(attrOf(el, sel.authorLink, 'href'));
    const me = currentUser(doc);
    const votes = toInt(attrOf(el, sel.votes, 'data-value') ?? textOf(first(el, sel.votes)));
    return {
      url: `https://${url.hostname}/a/${aid}`,
      contextUrl: questionUrl(doc, url),
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: answerDate(el),
      author: textOf(first(el, sel.authorName)) || undefined,
      own: Boolean(me?.id && authorId === me.id),
      metrics: {
        votes,
        accepted: el.matches('.accepted-answer, [itemprop="acceptedAnswer"]'),
      },
    };
  },
});
