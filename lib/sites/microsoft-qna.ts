import { defineSite } from './define';

export const QUESTION_PATH = /^\/(?:[a-z]{2}-[a-z]{2,4}\/)?answers\/questions\/(\d+)/i;

export const BASE = 'https://learn.microsoft.com';

export default defineSite({
  id: 'microsoft-qna',
  name: 'Microsoft Q&A',
  kind: 'forum-answer',
  matches: ['https://learn.microsoft.com/*/answers/questions/*'],
  linkHosts: ['docs.microsoft.com'],
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
