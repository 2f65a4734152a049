import { defineSite } from './define';

export const VIMEO_HOST = /^(?:www\.)?vimeo\.com$/;

/** Video paths: /{id}, /{id}/{unlisted hash}, and the same video inside a channel, group, album or showcase. */
export const CLIP_PATH = /^\/(?:(?:channels|groups)\/[^/]+\/(?:videos\/)?|(?:album|showcase)\/\d+\/video\/|manage\/videos\/)?(\d{5,})(?:\/([0-9a-f]{6,}))?\/?$/i;

export function clipPath(raw: string | undefined, base: string) {
  try {
    const url = new URL(raw ?? '', base);
    if (!VIMEO_HOST.test(url.hostname)) return undefined;
    const match = url.pathname.match(CLIP_PATH);
    return match ? { id: match[1]!, hash: match[2]?.toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

export default defineSite({
  id: 'vimeo',
  name: 'Vimeo',
  kind: 'video',
  matches: ['https://vimeo.com/*'],
  linkHosts: ['*.vimeo.com'],
  /** One key a video: channel, group, album, showcase and player URLs become vimeo.com/{id}. */
  canonical(url) {
    if (url.hostname === 'player.vimeo.com') {
      const id = url.pathname.match(/^\/video\/(\d+)/)?.[1];
      return id ? new URL(`https://vimeo.com/${id}`) : undefined;
    }
    const clip = clipPath(url.href, url.href);
    return clip ? new URL(`https://vimeo.com/${clip.id}${clip.hash ? `/${clip.hash}` : ''}`) : undefined;
  },
});
