import { defineSite } from './define';

export const VIDEO_ID = /^[\w-]{11}$/;

export const YOUTUBE_HOST = /^(?:www\.|m\.|music\.)?youtube\.com$|^(?:www\.)?youtube-nocookie\.com$/;

/** The video id a YouTube link points to (youtu.be, watch, shorts, live, embed, Studio's editor). */
export function youtubeVideoId(href: string | null | undefined): { id: string; short: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  let id: string | undefined;
  let short = false;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'studio.youtube.com') id = url.pathname.match(/^\/video\/([^/]+)/)?.[1];
  else if (YOUTUBE_HOST.test(host)) {
    const path = url.pathname.match(/^\/(shorts|live|embed|v)\/([^/]+)/);
    short = path?.[1] === 'shorts';
    id = url.pathname === '/watch' ? (url.searchParams.get('v') ?? undefined) : path?.[2];
  }
  return id && VIDEO_ID.test(id) ? { id, short } : undefined;
}

export const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

export default defineSite({
  id: 'youtube-studio',
  name: 'YouTube',
  kind: 'video',
  matches: ['https://studio.youtube.com/*'],
  // Studio publishes to the public watch page.
  publishHosts: ['www.youtube.com'],
  linkHosts: ['youtu.be', '*.youtube.com', '*.youtube-nocookie.com'],
  /** youtu.be/{id}, /shorts/{id}, /live/{id}, embeds and Studio's editor all mean /watch?v={id}. */
  canonical(url) {
    const video = youtubeVideoId(url.href);
    return video ? new URL(watchUrl(video.id)) : undefined;
  },
});
