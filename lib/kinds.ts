import type { Kind } from './schema/contribution';

/** How each kind is named on screen, in exports and reports. */
export const KIND_LABELS: Record<Kind, string> = {
  'blog-post': 'Blog post',
  'forum-answer': 'Forum answer',
  'forum-thread': 'Forum thread',
  video: 'Video',
  talk: 'Talk',
  podcast: 'Podcast',
  book: 'Book',
  'open-source': 'Open source',
  event: 'Event',
  mentoring: 'Mentoring',
  other: 'Other',
  article: 'Article',
  'user-group': 'User group leadership',
  documentation: 'Documentation',
  feedback: 'Product feedback',
  'social-post': 'Social post',
  code: 'Code contribution',
  livestream: 'Livestream',
};

/** What the user adds by hand (nothing on a page to capture), with a hint for the link to give. */
export const MANUAL_KINDS: readonly { kind: Kind; label: string; link: string }[] = [
  { kind: 'talk', label: 'Talk or public speaking', link: 'the event page, slides or recording' },
  { kind: 'user-group', label: 'User group leadership (VMUG, meetup)', link: 'the group’s page' },
  { kind: 'event', label: 'Event organised', link: 'the event page' },
  { kind: 'book', label: 'Book', link: 'the publisher’s or store page' },
  { kind: 'article', label: 'Article (magazine, guest post)', link: 'the article' },
  { kind: 'documentation', label: 'Documentation', link: 'the page or pull request' },
  { kind: 'open-source', label: 'Tool or open source', link: 'the repository or release' },
  { kind: 'feedback', label: 'Beta or product feedback', link: 'the program, issue or forum thread' },
  { kind: 'mentoring', label: 'Mentoring', link: 'the program page or a write-up' },
  { kind: 'code', label: 'Pull request or issue to another project', link: 'the pull request or issue' },
  { kind: 'video', label: 'Video', link: 'the recording' },
  { kind: 'livestream', label: 'Livestream', link: 'the stream or its recording' },
  { kind: 'podcast', label: 'Podcast', link: 'the episode' },
  { kind: 'blog-post', label: 'Blog post', link: 'the post' },
  { kind: 'forum-answer', label: 'Forum answer (a site not captured)', link: 'the answer’s permalink' },
  { kind: 'social-post', label: 'Social post (Mastodon, Bluesky, LinkedIn)', link: 'the post' },
  { kind: 'other', label: 'Something else', link: 'a page that shows it' },
];

/** The groups the glance counts and the year report is organised by; `missing` names an empty one. */
export const KIND_GROUPS: readonly { id: string; label: string; kinds: readonly Kind[]; missing?: string }[] = [
  { id: 'blogging', label: 'Blog posts', kinds: ['blog-post'], missing: 'no blog post' },
  { id: 'forums', label: 'Forum answers and threads', kinds: ['forum-answer', 'forum-thread'], missing: 'no forum answer' },
  { id: 'media', label: 'Videos, streams and podcasts', kinds: ['video', 'livestream', 'podcast'], missing: 'no video or podcast' },
  { id: 'speaking', label: 'Talks', kinds: ['talk'], missing: 'no talk' },
  { id: 'writing', label: 'Books, articles and documentation', kinds: ['book', 'article', 'documentation'], missing: 'no book, article or documentation' },
  { id: 'open-source', label: 'Open source, code and tools', kinds: ['open-source', 'code'], missing: 'no open source or tool' },
  { id: 'community', label: 'User groups, events and mentoring', kinds: ['user-group', 'event', 'mentoring'], missing: 'no user group, event or mentoring' },
  { id: 'social', label: 'Social posts', kinds: ['social-post'] },
  { id: 'other', label: 'Feedback and other', kinds: ['feedback', 'other'] },
];
