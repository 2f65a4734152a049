/**
 * Display names of the platforms stored in entries, as plain strings: the popup's first screen (each
 * row, the site filter) shows them, and importing the sites' metadata (lib/sites) for their names
 * would bring every adapter's match patterns and link rules with it. tests/unit/sites.test.ts keeps
 * each site's entry equal to its adapter's `site.name`.
 */
export const PLATFORM_NAMES: Record<string, string> = {
  generic: 'Web page',
  manual: 'Added by hand',
  // Imported by a backfill (lib/backfill/): a blog read from its feed, GitHub through its API.
  blog: 'Blog',
  github: 'GitHub',
  'stack-exchange': 'Stack Exchange',
  'microsoft-qna': 'Microsoft Q&A',
  khoros: 'Khoros community',
  'broadcom-community': 'Broadcom Community',
  discourse: 'Discourse',
  'github-discussions': 'GitHub Discussions',
  'github-contributions': 'GitHub pull requests and issues',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  spotify: 'Spotify (podcast episodes)',
  'apple-podcasts': 'Apple Podcasts',
  'youtube-studio': 'YouTube',
  vimeo: 'Vimeo',
  twitch: 'Twitch',
  wordpress: 'WordPress',
  ghost: 'Ghost',
  'dev-to': 'DEV Community',
  medium: 'Medium',
  hashnode: 'Hashnode',
  blogger: 'Blogger',
  meetup: 'Meetup',
  luma: 'Luma',
  eventbrite: 'Eventbrite',
  sessionize: 'Sessionize',
  vmug: 'VMUG',
};
