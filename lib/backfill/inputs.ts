import { BackfillError } from './types';

// What the person types for each source, checked before anything is asked of the browser. Kept apart
// from the collectors so the dashboard loads feed and date parsing only when an import starts.

export interface FeedInput {
  url: string;
  /** Only posts by this author (multi-author blogs); empty keeps every post. */
  author: string;
}

export interface StackExchangeInput {
  /** The site's domain, which the API accepts as `site` and which answer links live on. */
  host: string;
  userId: string;
}

export type YouTubeInput = { channelId: string } | { handle: string };

export interface GitHubInput {
  user: string;
}

type Values = Readonly<Record<string, string>>;

export function parseFeedInput(values: Values): FeedInput {
  const raw = values.url?.trim() ?? '';
  if (!raw) throw new BackfillError('Enter the address of the feed, e.g. https://example.com/feed.');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new BackfillError(`“${raw}” is not a web address.`);
  }
  if (url.protocol !== 'https:') {
    throw new BackfillError('Only https feeds can be read. Most blogs serve their feed over https: try the same address with https://.');
  }
  url.hash = '';
  return { url: url.href, author: values.author?.trim() ?? '' };
}

/** Blogger links a blog's older feed pages on www.blogger.com/feeds/<blog id>/ [I: confirm live]. */
export function feedOrigins(input: FeedInput): string[] {
  const { origin, hostname } = new URL(input.url);
  return hostname.endsWith('.blogspot.com') ? [`${origin}/*`, 'https://www.blogger.com/*'] : [`${origin}/*`];
}

/** Hosts of the network, as in the capture adapter (lib/adapters/stack-exchange.ts). */
const SITE_HOST = /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

/** "https://superuser.com/users/123/name", or a site and a numeric id. */
export function parseStackExchangeInput(values: Values): StackExchangeInput {
  const user = values.user?.trim() ?? '';
  const fromLink = user.match(/^(?:https?:\/\/)?([^/\s]+)\/users\/(\d+)/i);
  const host = (fromLink?.[1] ?? values.site?.trim() ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
  const userId = fromLink?.[2] ?? user;
  if (!host || !SITE_HOST.test(host)) {
    throw new BackfillError('Enter a Stack Exchange site, e.g. stackoverflow.com, superuser.com or unix.stackexchange.com.');
  }
  if (!/^\d{1,12}$/.test(userId)) {
    throw new BackfillError('Enter your numeric user id, or paste your profile link (https://stackoverflow.com/users/12345/your-name).');
  }
  return { host, userId };
}

export function parseYouTubeInput(values: Values): YouTubeInput {
  const raw = values.channel?.trim() ?? '';
  const id = raw.match(/(?:^|\/channel\/)(UC[\w-]{22})(?:[/?#]|$)/)?.[1];
  if (id) return { channelId: id };
  const handle = raw.match(/^(?:https?:\/\/)?(?:(?:www|m)\.)?(?:youtube\.com\/)?@([\w.-]{3,30})\/?$/)?.[1];
  if (handle) return { handle };
  throw new BackfillError('Enter the channel id (UC…), the channel link (youtube.com/channel/UC…) or its handle (@name).');
}

export function parseGitHubInput(values: Values): GitHubInput {
  const raw = values.user?.trim() ?? '';
  const user = raw.match(/^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)\/?$/i)?.[1] ?? raw.replace(/^@/, '');
  // GitHub user names: letters, digits and single inner hyphens, at most 39 characters.
  if (!/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i.test(user)) {
    throw new BackfillError('Enter a GitHub user name (or the profile link, https://github.com/NAME).');
  }
  return { user };
}

export interface SessionizeInput {
  /** The id of the speaker's public API, which the speaker turns on in their Sessionize profile. */
  apiId: string;
}

/** "https://sessionize.com/api/speaker/json/ab12cd34ef" or the id alone. */
export function parseSessionizeInput(values: Values): SessionizeInput {
  const raw = values.api?.trim() ?? '';
  const apiId = raw.match(/^(?:https?:\/\/)?sessionize\.com\/api\/speaker\/(?:json|events|sessions)\/([a-z0-9]+)/i)?.[1] ?? raw;
  if (!/^[a-z0-9]{6,32}$/i.test(apiId)) {
    throw new BackfillError(
      'Enter the address of your Sessionize speaker API (https://sessionize.com/api/speaker/json/…) or its id. A profile page address (sessionize.com/your-name) does not give it.',
    );
  }
  return { apiId: apiId.toLowerCase() };
}

export interface MastodonInput {
  /** The instance the account lives on, whose public API is read. */
  instance: string;
  /** The account's user name on that instance, without the domain. */
  user: string;
}

/** "@dana@hachyderm.io", "dana@hachyderm.io" or the profile link "https://hachyderm.io/@dana". */
export function parseMastodonInput(values: Values): MastodonInput {
  const raw = values.account?.trim() ?? '';
  const fromLink = raw.match(/^https:\/\/([a-z0-9.-]+\.[a-z]{2,})\/@([\w.-]+)\/?$/i);
  const fromHandle = raw.match(/^@?([\w.-]+)@([a-z0-9.-]+\.[a-z]{2,})$/i);
  const instance = (fromLink?.[1] ?? fromHandle?.[2])?.toLowerCase();
  const user = fromLink?.[2] ?? fromHandle?.[1];
  if (!instance || !user) {
    throw new BackfillError('Enter your full Mastodon handle (@name@your.instance) or your profile link (https://your.instance/@name).');
  }
  return { instance, user };
}

export interface BlueskyInput {
  /** A handle (name.bsky.social, or a custom domain) or a DID. */
  actor: string;
}

/** "@dana.bsky.social", a custom-domain handle, a did:plc:… or the profile link "https://bsky.app/profile/…". */
export function parseBlueskyInput(values: Values): BlueskyInput {
  const raw = values.handle?.trim() ?? '';
  const actor = (raw.match(/^https:\/\/bsky\.app\/profile\/([^/?#\s]+)\/?$/i)?.[1] ?? raw.replace(/^@/, '')).toLowerCase();
  const handle = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*$/.test(actor);
  if (!handle && !/^did:(plc|web):[a-z0-9.:%-]{8,}$/.test(actor)) {
    throw new BackfillError('Enter your Bluesky handle (name.bsky.social, or your own domain) or your profile link (https://bsky.app/profile/…).');
  }
  return { actor };
}

export interface SessionizeScheduleInput {
  /** The id of the event's API/embed endpoint (sessionize.com/api/v2/<id>/view/…). */
  eventId: string;
  eventName: string;
  /** The speaker's profile slug (sessionize.com/<slug>), which the talk's link is built from. */
  slug: string;
  /** The speaker's name as the schedule shows it (by default the slug's words). */
  name: string;
}

const SCHEDULE_ID = /^[a-z0-9]{6,12}$/;

/** An API or schedule address (sessionize.com/api/v2/<id>/view/All, sessionize.com/view/<id>/GridSmart?title=…) or the id. */
export function parseSessionizeScheduleInput(values: Values): SessionizeScheduleInput {
  const raw = values.schedule?.trim() ?? '';
  let link: URL | undefined;
  try {
    link = /^https?:\/\//i.test(raw) ? new URL(raw) : undefined;
  } catch {
    link = undefined;
  }
  const fromLink = link?.hostname === 'sessionize.com' ? link.pathname.match(/^\/(?:api\/v2|view)\/([a-z0-9]+)(?:\/|$)/i)?.[1] : undefined;
  const eventId = (fromLink ?? (link ? '' : raw)).toLowerCase();
  if (!SCHEDULE_ID.test(eventId)) {
    throw new BackfillError('Enter the schedule’s address on Sessionize (https://sessionize.com/api/v2/…/view/All or https://sessionize.com/view/…/GridSmart) or its id.');
  }
  const eventName = (values.event?.trim() || link?.searchParams.get('title')?.trim() || '').slice(0, 200);
  if (!eventName) throw new BackfillError('Enter the event’s name: Sessionize’s schedule does not give it.');
  const profile = values.speaker?.trim() ?? '';
  const slug = (profile.match(/^(?:https?:\/\/)?sessionize\.com\/([a-z0-9][a-z0-9-]*)\/?$/i)?.[1] ?? profile).toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{1,80}$/.test(slug)) {
    throw new BackfillError('Enter your Sessionize profile address (https://sessionize.com/your-name) or the part after sessionize.com/.');
  }
  const name = values.name?.trim() || slug.replace(/-/g, ' ');
  return { eventId, eventName, slug, name };
}
