import { defineForum, detectForum, type CurrentUser } from './define';
import { attrOf, excerptOf, first, textOf, toIsoDate } from '../dom';
import { defineSite } from '../sites/define';
import { canonicalLink, jsonLd, ldOfType, metaTag, ogTag } from '../structured/read';

export const QUESTION_PATH = /^\/(?:[a-z]{2}-[a-z]{2,4}\/)?answers\/questions\/(\d+)/i;

export const BASE = 'https://learn.microsoft.com';

export const site = /* @__PURE__ */ defineSite({
  id: 'microsoft-qna',
  name: 'Microsoft Q&A',
  kind: 'forum-answer',
  linkHosts: ['docs.microsoft.com'],
  matches: ['https://learn.microsoft.com/*/answers/questions/*'],
  /** Answers: /answers/a/{id}; questions: /answers/questions/{id}; both without locale or slug. */
  canonical(url) {
    if (url.hostname !== 'learn.microsoft.com' && url.hostname !== 'docs.microsoft.com') return undefined;
    const path = url.pathname;
    const answer =
      path.match(/^\/(?:[a-z]{2}-[a-z]{2,4}\/)?answers\/a(?:nswers)?\/(\d+)/i)?.[1] ??
      url.hash.match(/^#answer-(\d+)$/)?.[1] ??
      url.searchParams.get('childToView')?.match(/^\d+$/)?.[0];
    const question = path.match(QUESTION_PATH)?.[1];
    if (answer && (question || /\/answers\/a/i.test(path))) return new URL(`${BASE}/answers/a/${answer}`);
    if (question) return new URL(`${BASE}/answers/questions/${question}`);
    return undefined;
  },
});

// Markup facts: research/sites.md §2 and fixtures/real/microsoft-qna-question-*.html (Sept 2025).
const sel = {
  page: ['meta[name="page_type"][content="QnA"]', 'meta[name="questionId"]', '#question-details'],
  answer: 'li[id^="answer-"]',
  body: ['[itemprop="text"]', '.content'],
  created: ['local-time[datetime]'],
  authorLink: ['a[data-bi-name="user-link"][href*="userid="]', 'a.profile-url[href*="userid="]'],
  authorCard: ['[data-id]'],
  title: ['#question-details h1', 'h1.title', 'h1'],
  // Accepted answers sit in an article card headed "Accepted answer"; the JSON-LD says so first.
  acceptedCard: 'article',
  /**
   * The signed-in user. Learn renders its header client-side; a profile link carrying the user's
   * GUID (the same id as the answers' `authorId`) is the signal we read [I: to confirm live].
   */
  me: ['#ms--site-header a[href*="userid="]', 'header a[href*="userid="]', 'a[data-bi-name="profile-link"][href*="userid="]'],
} as const;

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ANSWER_ID = /^answer-(\d+)$/;

interface LdAnswer {
  id: string;
  url?: string;
  author?: string;
  authorId?: string;
  votes?: number;
  accepted: boolean;
}

const guidOf = (value: string | undefined) => value?.match(GUID)?.[0].toLowerCase();

/** The QAPage JSON-LD: the question's title and every answer's permalink, author, votes and state. */
function structured(doc: Document): { title?: string; answers: Map<string, LdAnswer> } {
  const answers = new Map<string, LdAnswer>();
  const page = ldOfType(jsonLd(doc), 'QAPage');
  const question = page?.mainEntity as Record<string, unknown> | undefined;
  const list = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []) as Record<string, unknown>[];
  const add = (answer: Record<string, unknown>, accepted: boolean) => {
    if (answer.id == null) return;
    const id = String(answer.id);
    answers.set(id, {
      id,
      url: typeof answer.url === 'string' ? answer.url : undefined,
      author: typeof answer.author === 'string' ? answer.author : undefined,
      authorId: guidOf(typeof answer.authorId === 'string' ? answer.authorId : undefined),
      votes: typeof answer.upvoteCount === 'number' ? answer.upvoteCount : undefined,
      accepted,
    });
  };
  list(question?.acceptedAnswer).forEach((answer) => add(answer, true));
  list(question?.suggestedAnswer).forEach((answer) => add(answer, false));
  return { title: typeof question?.name === 'string' ? question.name : undefined, answers };
}

function currentUser(doc: Document): CurrentUser | null {
  const link = first(doc, sel.me);
  const id = guidOf(link?.getAttribute('href') ?? undefined);
  return id ? { id, handle: textOf(link) || undefined } : null;
}

function questionUrl(doc: Document, url: URL): string {
  const canonical = canonicalLink(doc) ?? ogTag(doc, 'url');
  const qid = metaTag(doc, 'questionId') ?? url.pathname.match(QUESTION_PATH)?.[1];
  return canonical ?? (qid ? `${BASE}/answers/questions/${qid}` : url.href);
}

export const detector = /* @__PURE__ */ detectForum(site, {
  saveLabel: 'Save answer',
  saveAnchor: 'div.buttons',
  // The answer form posts JSON to /api/questions/{qid}/answers, then reloads to the answers.
  submitForm: 'form[data-form-type="answer"]',

  detect: (doc, url) =>
    url.hostname === 'learn.microsoft.com' && QUESTION_PATH.test(url.pathname) && first(doc, sel.page) !== null,

  items: (doc) => [...doc.querySelectorAll(sel.answer)].filter((el) => ANSWER_ID.test(el.id)),

  itemId: (el) => el.id.match(ANSWER_ID)?.[1],
});

export default /* @__PURE__ */ defineForum(detector, {
  currentUser,

  extract(doc, url, el) {
    const aid = el.id.match(ANSWER_ID)?.[1];
    const ld = structured(doc);
    const title = ld.title ?? (textOf(first(doc, sel.title)) || ogTag(doc, 'title')?.replace(/ - Microsoft Q&A$/, ''));
    if (!aid || !title) return null;
    const answer = ld.answers.get(aid);
    const text = textOf(first(el, sel.body));
    // The first profile link and card in an answer are its author's; comments come after them.
    const authorId = answer?.authorId ?? guidOf(attrOf(el, sel.authorLink, 'href')) ?? guidOf(attrOf(el, sel.authorCard, 'data-id'));
    const me = currentUser(doc);
    return {
      url: answer?.url ?? `${BASE}/answers/a/${aid}`,
      contextUrl: questionUrl(doc, url),
      contextTitle: title,
      title,
      excerpt: excerptOf(text),
      text,
      publishedAt: toIsoDate(attrOf(el, sel.created, 'datetime')),
      author: answer?.author ?? (textOf(first(el, sel.authorLink)) || undefined),
      own: Boolean(me?.id && authorId === me.id),
      metrics: {
        votes: answer?.votes,
        accepted: answer ? answer.accepted : /Accepted answer/i.test(textOf(el.closest(sel.acceptedCard)?.firstElementChild)),
      },
    };
  },
});
