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
