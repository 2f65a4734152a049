import {
  feedOrigins, parseBlueskyInput, parseFeedInput, parseGitHubInput, parseMastodonInput, parseSessionizeInput, parseSessionizeScheduleInput, parseStackExchangeInput, parseYouTubeInput,
  type BlueskyInput, type FeedInput, type GitHubInput, type MastodonInput, type SessionizeInput, type SessionizeScheduleInput, type StackExchangeInput, type YouTubeInput,
} from './inputs';
import type { BackfillSource } from './types';

// The collectors (feed parsing, dates, entities) load when an import starts, not with the dashboard.

export const feedSource: BackfillSource<FeedInput> = {
  id: 'feed',
  label: 'A blog’s RSS or Atom feed',
  fields: [
    {
      name: 'url',
      label: 'Feed address',
      placeholder: 'https://example.com/feed',
      hint: 'WordPress: /feed · Ghost: /rss · Blogger: /feeds/posts/default · dev.to: dev.to/feed/NAME · Medium: medium.com/feed/@NAME · Hashnode: /rss.xml',
    },
    { name: 'author', label: 'Only posts by', placeholder: 'your name as the blog shows it', optional: true },
  ],
  parseInput: parseFeedInput,
  origins: feedOrigins,
  collect: async (input, ctx) => (await import('./feed')).collectFeed(input, ctx),
};

export const stackExchangeSource: BackfillSource<StackExchangeInput> = {
  id: 'stack-exchange',
  label: 'Stack Exchange answers',
  fields: [
    { name: 'site', label: 'Site', placeholder: 'stackoverflow.com' },
    {
      name: 'user',
      label: 'User id or profile link',
      placeholder: 'https://stackoverflow.com/users/12345/your-name',
      hint: 'Your profile link gives both: on the site, click your picture and copy the address.',
    },
  ],
  parseInput: parseStackExchangeInput,
  origins: () => ['https://api.stackexchange.com/*'],
  collect: async (input, ctx) => (await import('./stack-exchange')).collectStackExchange(input, ctx),
};

export const youTubeSource: BackfillSource<YouTubeInput> = {
  id: 'youtube',
  label: 'A YouTube channel’s uploads',
  fields: [{ name: 'channel', label: 'Channel id, link or @handle', placeholder: 'UCxxxxxxxxxxxxxxxxxxxxxx or @your-channel' }],
  parseInput: parseYouTubeInput,
  origins: () => ['https://www.youtube.com/*'],
  collect: async (input, ctx) => (await import('./youtube')).collectYouTube(input, ctx),
};

export const gitHubSource: BackfillSource<GitHubInput> = {
  id: 'github',
  label: 'GitHub repositories and releases',
  fields: [{ name: 'user', label: 'GitHub user name', placeholder: 'octocat or https://github.com/octocat' }],
  parseInput: parseGitHubInput,
  origins: () => ['https://api.github.com/*'],
  collect: async (input, ctx) => (await import('./github')).collectGitHub(input, ctx),
};

export const gitHubContributionsSource: BackfillSource<GitHubInput> = {
  id: 'github-contributions',
  label: 'GitHub pull requests and issues to others’ projects',
  fields: [
    {
      name: 'user',
      label: 'GitHub user name',
      placeholder: 'octocat or https://github.com/octocat',
      hint: 'Pull requests merged and issues opened in the year, in repositories you do not own; docs repositories count as documentation.',
    },
  ],
  parseInput: parseGitHubInput,
  origins: () => ['https://api.github.com/*'],
  collect: async (input, ctx) => (await import('./github-contributions')).collectGitHubContributions(input, ctx),
};

export const sessionizeSource: BackfillSource<SessionizeInput> = {
  id: 'sessionize',
  label: 'Sessionize talks',
  fields: [
    {
      name: 'api',
      label: 'Speaker API address',
      placeholder: 'https://sessionize.com/api/speaker/json/…',
      hint: 'Turn on the API of your speaker profile on Sessionize and copy its JSON address [I: confirm the menu’s name]. Each event of the year you spoke at becomes a talk.',
    },
  ],
  parseInput: parseSessionizeInput,
  origins: () => ['https://sessionize.com/*'],
  collect: async (input, ctx) => (await import('./sessionize')).collectSessionize(input, ctx),
};

export const sessionizeScheduleSource: BackfillSource<SessionizeScheduleInput> = {
  id: 'sessionize-schedule',
  label: 'Your sessions in an event’s Sessionize schedule',
  fields: [
    {
      name: 'schedule',
      label: 'Schedule address or id',
      placeholder: 'https://sessionize.com/api/v2/…/view/All',
      hint: 'The event’s Sessionize API or schedule address, as its website links it. Each session of yours becomes a talk with its date, time, room and co-speakers.',
    },
    { name: 'event', label: 'Event name', placeholder: 'VMUG UserCon Warsaw 2026', optional: true, hint: 'Needed unless the address names it (…&title=…).' },
    { name: 'speaker', label: 'Your Sessionize profile', placeholder: 'https://sessionize.com/your-name' },
    { name: 'name', label: 'Your name as the schedule shows it', placeholder: 'Jane Doe', optional: true },
  ],
  parseInput: parseSessionizeScheduleInput,
  origins: () => ['https://sessionize.com/*'],
  collect: async (input, ctx) => (await import('./sessionize-schedule')).collectSessionizeSchedule(input, ctx),
};

export const mastodonSource: BackfillSource<MastodonInput> = {
  id: 'mastodon',
  label: 'Mastodon posts',
  fields: [
    {
      name: 'account',
      label: 'Your Mastodon handle or profile link',
      placeholder: '@name@mastodon.social or https://mastodon.social/@name',
      hint: 'Your public posts of the year (not replies or boosts), with their likes and replies, read from your server’s public API.',
    },
  ],
  parseInput: parseMastodonInput,
  origins: (input) => [`https://${input.instance}/*`],
  collect: async (input, ctx) => (await import('./mastodon')).collectMastodon(input, ctx),
};

export const blueskySource: BackfillSource<BlueskyInput> = {
  id: 'bluesky',
  label: 'Bluesky posts',
  fields: [
    {
      name: 'handle',
      label: 'Your Bluesky handle or profile link',
      placeholder: 'name.bsky.social or https://bsky.app/profile/name.bsky.social',
      hint: 'Your posts of the year (not replies or reposts), with their likes and replies, read from Bluesky’s public API.',
    },
  ],
  parseInput: parseBlueskyInput,
  origins: () => ['https://public.api.bsky.app/*'],
  collect: async (input, ctx) => (await import('./bluesky')).collectBluesky(input, ctx),
};

/** Where a year can be imported from, in the order the dashboard offers them. */
export const backfillSources = [feedSource, stackExchangeSource, youTubeSource, gitHubSource, gitHubContributionsSource, sessionizeSource, sessionizeScheduleSource, mastodonSource, blueskySource] as readonly BackfillSource[];
