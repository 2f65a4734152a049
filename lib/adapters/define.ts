import type { Draft, Kind } from '../schema/contribution';
import type { SaveLabel } from '../save-labels';
import type { Site } from '../sites/define';

/**
 * What an extractor reads from a page. The site's id (`platform`), the capture's `source` and the
 * site's usual `kind` are the capture runtime's to add (lib/capture/draft.ts); an extractor names a
 * kind only where a post differs from its site's (the first post of a thread).
 */
export type Found = Omit<Draft, 'platform' | 'source' | 'kind'> & { kind?: Kind };

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
 * What the content script needs on every page of a site, before anyone acts: cheap selector checks,
 * the posts that get a Save button, and the controls whose use is an intent to post. Everything that
 * reads a post (extract, currentUser, confirmPublish) is the extractor's, loaded on demand.
 */
interface DetectorBase {
  site: Site;
  /** Is this a page we can capture on? */
  detect(doc: Document, url: URL): boolean;
  /** The control whose activation (a click, or the submit of its form) is the intent to post or publish. */
  publishIntent?: string;
  /** Editors where Ctrl/Cmd+Enter sends the post without a click or a form submit: that key press is an intent too. */
  submitShortcut?: string;
  /**
   * Controls with no stable attribute: the control's text must match too. Only for sites with one
   * interface language; prefer attributes wherever the site has them.
   */
  publishText?: RegExp;
}

/**
 * A site of posts on a page (forums, Q&A, video pages): a Save button beside each post, and the
 * user's own new post captured after they submit it.
 */
export interface ForumDetector extends DetectorBase {
  shape: 'forum';
  /** The posts on the page that get a Save button, in page order. */
  items(doc: Document): Element[];
  /** A post's stable id, to tell a new post from those that were already there. */
  itemId(el: Element): string | undefined;
  /** Forms whose submit is the intent to post an answer/reply. */
  submitForm?: string;
  /** Where the Save button goes inside a post (first match); the post itself when absent. */
  saveAnchor?: string;
  /** Label of the injected button, one of lib/save-labels.ts (shown in the browser's language). */
  saveLabel: SaveLabel;
  /**
   * The site itself changes the state of the user's post while they view it (a maintainer merges
   * their pull request): a post whose id changes then is confirmed as after an intent of theirs.
   * Only for sites whose state markup neither page content nor other users can write.
   */
  watchesState?: boolean;
}

/** A site whose editor or upload flow publishes elsewhere: its success page is the capture. */
export interface PublishDetector extends DetectorBase {
  shape: 'publish';
  publishIntent: string;
}

export type Detector = ForumDetector | PublishDetector;

/** The extractor's part of a forum site: pure functions of the document and URL, so fixtures can drive them. */
export interface ForumAdapter extends ForumDetector {
  /** What one post says (own=true only when the logged-in user wrote it), or null. */
  extract(doc: Document, url: URL, el: Element): Found | null;
  /** The logged-in user, or null when the page shows nobody logged in. */
  currentUser(doc: Document): CurrentUser | null;
  /**
   * Everyone a post names as its own besides its author (an event's hosts and speakers, by name and
   * id): the user's stored handle among them makes the post theirs, as on sites with no signed-in signal.
   */
  people?(doc: Document, el: Element): string[];
}

export interface PublishAdapter extends PublishDetector {
  /**
   * After a publish intent: the published post once the page shows it is live (success panel,
   * redirect to a "published" URL), else null. Called on every page change and after reloads while
   * the intent lasts; the public URL goes in `url`, never the editor's. A post whose `publishedAt` is
   * well before the intent is taken as an update (`refreshOnly`).
   */
  confirmPublish(doc: Document, url: URL, intent: PublishIntent): Found | null;
  /** The signed-in user where the editor shows them, to learn the user's handle on the site. */
  currentUser?(doc: Document): CurrentUser | null;
}

/**
 * One of the two. No site today needs both on one page; one that did (Save buttons on its articles
 * and an editor) would register a forum and a publish adapter over the same `site`, routed per page.
 */
export type Adapter = ForumAdapter | PublishAdapter;

/**
 * A site file exports its detector (bundled into the family's content script) and its full adapter
 * built on it (bundled into the family's extractor). Pure: a bundle that imports only one of them
 * tree-shakes the other away, as does a popup importing the site's metadata.
 */
export function detectForum(site: Site, detector: Omit<ForumDetector, 'site' | 'shape'>): ForumDetector {
  return { site, shape: 'forum', ...detector };
}

export function detectPublish(site: Site, detector: Omit<PublishDetector, 'site' | 'shape'>): PublishDetector {
  return { site, shape: 'publish', ...detector };
}

export function defineForum(detector: ForumDetector, extractor: Omit<ForumAdapter, keyof ForumDetector>): ForumAdapter {
  return { ...detector, ...extractor };
}

export function definePublish(detector: PublishDetector, extractor: Omit<PublishAdapter, keyof PublishDetector>): PublishAdapter {
  return { ...detector, ...extractor };
}

/** The match patterns of a family's content script: its pages, and those an in-page move reaches them from. */
export function familyMatches(family: readonly Detector[]): string[] {
  return [...new Set(family.flatMap((adapter) => [...adapter.site.matches, ...(adapter.site.navigatesFrom ?? [])]))];
}
