import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import microsoftQna from '../../../lib/adapters/microsoft-qna';
import { canonicalize } from '../../../lib/sites';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

const fixture = (name: string) => loadDocument(join(FIXTURES_DIR, 'microsoft-qna', name));
const QUESTION = new URL('https://learn.microsoft.com/en-us/answers/questions/5547782/intermittent-critical-process-died-0xef-error-when');

describe('microsoft-qna canonical URLs', () => {
  it.each([
    ['https://learn.microsoft.com/en-us/answers/a/12228002', 'https://learn.microsoft.com/answers/a/12228002'],
    ['https://learn.microsoft.com/de-de/answers/a/12228002?source=x', 'https://learn.microsoft.com/answers/a/12228002'],
    ['https://learn.microsoft.com/answers/a/12228002', 'https://learn.microsoft.com/answers/a/12228002'],
    ['https://learn.microsoft.com/en-us/answers/questions/5547782/intermittent?page=1&orderby=helpful#answer-12228002', 'https://learn.microsoft.com/answers/a/12228002'],
    ['https://docs.microsoft.com/answers/questions/5547782/intermittent.html?childToView=12228002#answer-12228002', 'https://learn.microsoft.com/answers/a/12228002'],
  ])('answer %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it.each([
    ['https://learn.microsoft.com/en-us/answers/questions/5547782/intermittent-critical-process-died-0xef-error-when', 'https://learn.microsoft.com/answers/questions/5547782'],
    ['https://learn.microsoft.com/zh-cn/answers/questions/5547782/x?page=0&orderby=Helpful&translated=false#answers', 'https://learn.microsoft.com/answers/questions/5547782'],
    ['https://docs.microsoft.com/answers/questions/5547782/intermittent.html', 'https://learn.microsoft.com/answers/questions/5547782'],
  ])('question %s → %s', (raw, expected) => {
    expect(canonicalize(raw)).toBe(expected);
  });

  it('leaves other Learn pages alone', () => {
    expect(canonicalize('https://learn.microsoft.com/en-us/answers/tags/862/windows-for-home')).toBe('https://learn.microsoft.com/en-us/answers/tags/862/windows-for-home');
  });
});

describe('microsoft-qna signals', () => {
  it('finds nobody on a logged-out page and the profile GUID on a signed-in one', () => {
    expect(microsoftQna.currentUser(fixture('question-three-answers-anonymous.html'))).toBeNull();
    expect(microsoftQna.currentUser(fixture('question-logged-in-author.html'))).toEqual({ id: 'a2077aed-450b-464a-bd1b-b2568caebc16', handle: 'Lester Bernard Reyes' });
  });

  it('falls back to the markup when the page has no JSON-LD', () => {
    const doc = fixture('question-logged-in-author.html');
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove());
    const drafts = microsoftQna.items(doc).map((answer) => microsoftQna.extract(doc, QUESTION, answer));
    expect(drafts.map((draft) => [draft?.url, draft?.author, draft?.own, draft?.metrics?.accepted])).toEqual([
      ['https://learn.microsoft.com/answers/a/12228002', 'Lester Bernard Reyes', true, true],
      ['https://learn.microsoft.com/answers/a/12225729', 'Lester Bernard Reyes', true, true],
      ['https://learn.microsoft.com/answers/a/12226220', 'Lester Bernard Reyes', true, false],
    ]);
    expect(drafts[0]?.contextTitle).toBe('Intermittent "Critical Process Died 0xEF" Error When Closing Games');
  });

  it('does not run on another host with the same path', () => {
    expect(microsoftQna.detect(fixture('question-three-answers-anonymous.html'), new URL('https://example.org/en-us/answers/questions/5547782/x'))).toBe(false);
  });
});
