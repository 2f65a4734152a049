import {
  feedOrigins, parseBlueskyInput, parseFeedInput, parseGitHubInput, parseMastodonInput, parseSessionizeInput, parseSessionizeScheduleInput, parseStackExchangeInput, parseYouTubeInput,
  type BlueskyInput, type FeedInput, type GitHubInput, type MastodonInput, type SessionizeInput, type SessionizeScheduleInput, type StackExchangeInput, type YouTubeInput,
} from './inputs';
import type { BackfillSource } from './types';

// The collectors (feed parsing, dates, entities) load when an import starts, not with the dashboard.
// Labels and hints are message keys (public/_locales), shown in the browser's language; the examples
// in the inputs are addresses and handles, the same in every language.

export const feedSource: BackfillSource<FeedInput> = {
  id: 'feed',
  label: 'backfillFromFeed',
  fields: [
    {
      name: 'url',
      label: 'backfillFromFeedUrl',
      placeholder: 'https://example.com/feed',
      hint: 'backfillFromFeedUrlHint',
    },
    { name: 'author', label: 'backfillFromFeedAuthor', placeholder: 'Jane Doe', optional: true },
  ],
  parseInput: parseFeedInput,
  origins: feedOrigins,
  collect: async (input, ctx) => (await import('./feed')).collectFeed(input, ctx),
};

export const stackExchangeSource: BackfillSource<StackExchangeInput> = {
  id: 'stack-exchange',
  label: 'backfillFromStackExchange',
  fields: [
    { name: 'site', label: 'backfillFromStackExchangeSite', placeholder: 'stackoverflow.com' },
    {
      name: 'user',
      label: 'backfillFromStackExchangeUser',
      placeholder: 'https://stackoverflow.com/users/12345/your-name',
      hint: 'backfillFromStackExchangeUserHint',
    },
  ],
  parseInput: parseStackExchangeInput,
  origins: () => ['https://api.stackexchange.com/*'],
  collect: async (input, ctx) => (await import('./stack-exchange')).collectStackExchange(input, ctx),
};

export const youTubeSource: BackfillSource<YouTubeInput> = {
  id: 'youtube',
  label: 'backfillFromYouTube',
  fields: [{ name: 'channel', label: 'backfillFromYouTubeChannel', placeholder: '@your-channel' }],
  parseInput: parseYouTubeInput,
  origins: () => ['https://www.youtube.com/*'],
  collect: async (input, ctx) => (await import('./youtube')).collectYouTube(input, ctx),
};

export const gitHubSource: BackfillSource<GitHubInput> = {
  id: 'github',
  label: 'backfillFromGitHub',
  fields: [{ name: 'user', label: 'backfillFromGitHubUser', placeholder: 'octocat' }],
  parseInput: parseGitHubInput,
  origins: () => ['https://api.github.com/*'],
  collect: async (input, ctx) => (await import('./github')).collectGitHub(input, ctx),
};

export const gitHubContributionsSource: BackfillSource<GitHubInput> = {
  id: 'github-contributions',
  label: 'backfillFromGitHubContributions',
  fields: [
    {
      name: 'user',
      label: 'backfillFromGitHubUser',
      placeholder: 'octocat',
      hint: 'backfillFromGitHubContributionsUserHint',
    },
  ],
  parseInput: parseGitHubInput,
  origins: () => ['https://api.github.com/*'],
  collect: async (input, ctx) => (await import('./github-contributions')).collectGitHubContributions(input, ctx),
};

export const sessionizeSource: BackfillSource<SessionizeInput> = {
  id: 'sessionize',
  label: 'backfillFromSessionize',
  fields: [
    {
      name: 'api',
      label: 'backfillFromSessionizeApi',
      placeholder: 'https://sessionize.com/api/speaker/json/…',
      hint: 'backfillFromSessionizeApiHint',
    },
  ],
  parseInput: parseSessionizeInput,
  origins: () => ['https://sessionize.com/*'],
  collect: async (input, ctx) => (await import('./sessionize')).collectSessionize(input, ctx),
};

export const sessionizeScheduleSource: BackfillSource<SessionizeScheduleInput> = {
  id: 'sessionize-schedule',
  label: 'backfillFromSessionizeSchedule',
  fields: [
    {
      name: 'schedule',
      label: 'backfillFromSessionizeScheduleSchedule',
      placeholder: 'https://sessionize.com/api/v2/…/view/All',
      hint: 'backfillFromSessionizeScheduleScheduleHint',
    },
    { name: 'event', label: 'backfillFromSessionizeScheduleEvent', placeholder: 'VMUG UserCon Warsaw 2026', optional: true, hint: 'backfillFromSessionizeScheduleEventHint' },
    { name: 'speaker', label: 'backfillFromSessionizeScheduleSpeaker', placeholder: 'https://sessionize.com/your-name' },
    { name: 'name', label: 'backfillFromSessionizeScheduleName', placeholder: 'Jane Doe', optional: true },
  ],
  parseInput: parseSessionizeScheduleInput,
  origins: () => ['https://sessionize.com/*'],
  collect: async (input, ctx) => (await import('./sessionize-schedule')).collectSessionizeSchedule(input, ctx),
};

export const mastodonSource: BackfillSource<MastodonInput> = {
  id: 'mastodon',
  label: 'backfillFromMastodon',
  fields: [
    {
      name: 'account',
      label: 'backfillFromMastodonAccount',
      placeholder: '@name@mastodon.social',
      hint: 'backfillFromMastodonAccountHint',
    },
  ],
  parseInput: parseMastodonInput,
  origins: (input) => [`https://${input.instance}/*`],
  collect: async (input, ctx) => (await import('./mastodon')).collectMastodon(input, ctx),
};

export const blueskySource: BackfillSource<BlueskyInput> = {
  id: 'bluesky',
  label: 'backfillFromBluesky',
  fields: [
    {
      name: 'handle',
      label: 'backfillFromBlueskyHandle',
      placeholder: 'name.bsky.social',
      hint: 'backfillFromBlueskyHandleHint',
    },
  ],
  parseInput: parseBlueskyInput,
  origins: () => ['https://public.api.bsky.app/*'],
  collect: async (input, ctx) => (await import('./bluesky')).collectBluesky(input, ctx),
};

/** Where a year can be imported from, in the order the dashboard offers them. */
export const backfillSources = [feedSource, stackExchangeSource, youTubeSource, gitHubSource, gitHubContributionsSource, sessionizeSource, sessionizeScheduleSource, mastodonSource, blueskySource] as readonly BackfillSource[];
