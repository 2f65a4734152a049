import { readFileSync } from 'node:fs';

/**
 * The real Stack Overflow question page (../shared/fixtures/real/, Dec 2020, logged out), kept
 * unmodified as the Stack Exchange adapter's fixture. Its own scripts and styles come from CDNs that
 * are unreachable offline, the same with and without the extension.
 */
export const QUESTION_HTML = readFileSync(new URL('../tests/fixtures/stack-exchange/question-anonymous.html', import.meta.url), 'utf8');

/** An answer on that page; the capture benchmark renumbers it so every click saves a new entry. */
export const ANSWER_ID = '52742770';

/** The content script's matches include this URL… */
export const SUPPORTED_URL = 'https://stackoverflow.com/questions/52742612/how-to-print-the-stack-trace-of-an-exception-object-in-python';
/**
 * …and not this one, the site's short form of it: the same page on the same origin, so the page's
 * own scripts (some check the host name) behave alike, and only the content script differs.
 */
export const UNSUPPORTED_URL = 'https://stackoverflow.com/q/52742612';

/** Adds a script of the page's own, as the site's JavaScript would be, before </body>. */
export function withPageScript(html: string, script: string): string {
  return html.replace('</body>', `<script>${script}</script></body>`);
}
