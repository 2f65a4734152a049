import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'stack-exchange', name), 'utf8');

export const QUESTION_URL = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
const QUESTION_TITLE = 'How to print the stack trace of an exception object in Python?';

/** Text for HTML, escaped as the site's server escapes user content. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface AnswerSpec {
  id: number;
  /** Plain text of the answer body (escaped into the page). */
  body?: string;
  /** Display name of the author (escaped into the page). */
  author?: string;
  /** When it was posted, `YYYY-MM-DDTHH:MM:SS` (UTC); the template's date otherwise. */
  postedAt?: string;
}

/**
 * The saved Stack Overflow question (anonymous visitor) with extra answers made from the real markup
 * of one answer (new-answer.fragment.html): enough answers for load tests, any text for hostile ones.
 */
export function questionWithAnswers(answers: readonly AnswerSpec[], title = QUESTION_TITLE): string {
  const template = fixture('new-answer.fragment.html');
  const body = /(<div class="s-prose js-post-body" itemprop="text">)[\s\S]*?(<\/div>)/;
  const rendered = answers
    .map(({ id, body: text, author, postedAt }) => {
      let html = template.replaceAll('99990001', String(id));
      if (postedAt) html = html.replaceAll('2026-11-20T10:00:05', postedAt).replaceAll('2026-11-20 10:00:05Z', `${postedAt.replace('T', ' ')}Z`);
      if (text !== undefined) html = html.replace(body, (_match, open: string, close: string) => `${open}<p>${escapeHtml(text)}</p>${close}`);
      if (author !== undefined) html = html.replaceAll('New Helper', escapeHtml(author));
      return html;
    })
    .join('\n');
  return fixture('question-anonymous.html')
    .replaceAll(`>${QUESTION_TITLE}</a></h1>`, `>${escapeHtml(title)}</a></h1>`)
    .replace("<a name='new-answer'></a>", `${rendered}<a name='new-answer'></a>`);
}

/**
 * Stands in for Stack Exchange's own script, which cannot load offline (the same stand-in as the
 * site's e2e cases use): the answer form posts by XHR and shows the new answer or a validation message.
 */
const SITE_SCRIPT = `<script>\n${fixture('e2e/answer-form.js')}</script>`;

export const withSiteScript = (html: string) => html.replace('</body>', `${SITE_SCRIPT}</body>`);
/** The new answer as the server renders it now, so it is fresh whatever day the tests run. */
export const freshAnswer = () => {
  const now = new Date().toISOString().replace(/\.\d+Z$/, '');
  return fixture('new-answer.fragment.html').replaceAll('2026-11-20T10:00:05', now).replaceAll('2026-11-20 10:00:05Z', `${now.replace('T', ' ')}Z`);
};
