import { decodeHTML } from 'entities';
import { excerptOf } from '../dom';

/**
 * Plain text of an HTML fragment from a feed or an API. DOMParser builds an inert document: its
 * scripts never run and its images never load; the text is then rendered as text only.
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  // Block ends become spaces so that "<p>One</p><p>Two</p>" reads "One Two".
  const spaced = html.replace(/<\/(p|div|li|h[1-6]|blockquote|pre|tr|td|th)>|<br\s*\/?>/gi, '$& ');
  const doc = new DOMParser().parseFromString(spaced, 'text/html');
  doc.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function excerptOfHtml(html: string | undefined): string {
  return excerptOf(htmlToText(html));
}

/**
 * A title that should be plain text but may carry leftover entities (a feed that escaped twice,
 * "Tips &amp;amp; tricks"; the Stack Exchange API's HTML-safe strings, "&quot;x&quot;").
 */
export function plainTitle(raw: string | undefined): string {
  return decodeHTML(raw ?? '').replace(/\s+/g, ' ').trim();
}
