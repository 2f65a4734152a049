import type { Draft } from '../schema/contribution';
import type { Site } from '../sites/define';

/** The moment the user activated a publish control, handed to `confirmPublish`. */
export interface PublishIntent {
  /** When (ms since the epoch): a post that was live well before it is an update, not a new post. */
  at: number;
  /** The editor's path, which on some sites holds the post's id (/p/{id}/edit, /post/edit/{blog}/{post}). */
  path: string;
}

export interface CurrentUser {
  /** The site's stable user id where the page shows one. */
  id?: string;
  handle?: string;
}

/**
 * One site: pure functions of the document and URL (they never read globals), so fixtures can
 * drive them and the same code runs in the content script.
 */
export interface Adapter extends Site {
  /** Is this a page we can capture on? */
  detect(doc: Document, url: URL): boolean;
  /** The posts on the page that get a Save button, in page order. */
  items(doc: Document): Element[];
  /** A post's stable id, to tell a new post from those that were already there. */
  itemId(el: Element): string | undefined;
  /** A draft for one post (own=true only when the logged-in user wrote it), or null. */
  extract(doc: Document, url: URL, el: Element): Draft | null;
  /** The logged-in user, or null when the page shows nobody logged in. */
  currentUser(doc: Document): CurrentUser | null;
  /** Forms whose submit is the intent to post an answer/reply; absent when the adapter only saves on click. */
  submitForm?: string;
  /**
   * Editors (blogs, video studios): the control whose activation (a click, or the submit of that form)
   * is the intent to publish. Editors usually have no posts to list: `items` returns [] there.
   */
  publishIntent?: string;
  /** Editors where Ctrl/Cmd+Enter sends the post without a click or a form submit: that key press is an intent too. */
  submitShortcut?: string;
  /**
   * Editors whose controls have no stable attribute: the control's text must match too. Only for
   * sites with one interface language; prefer attributes wherever the site has them.
   */
  publishText?: RegExp;
  /**
   * Editors, after a publish intent: the published post's draft once the page shows it is live
   * (success panel, redirect to a "published" URL), else null. Called on every page change and after
   * reloads while the intent lasts; the public URL goes in `url`, never the editor's. A draft whose
   * `publishedAt` is well before the intent is taken as an update (`refreshOnly`).
   */
  confirmPublish?(doc: Document, url: URL, intent: PublishIntent): Draft | null;
  /** Where the Save button goes inside a post (first match); the post itself when absent. */
  saveAnchor?: string;
  /** Label of the injected button; must start with "Save". */
  saveLabel: string;
}

export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}

export { matchesOf } from '../sites/define';
