import { defineSite } from './define';

export default defineSite({
  id: 'blogger',
  name: 'Blogger',
  kind: 'blog-post',
  matches: ['https://www.blogger.com/blog/post/*', 'https://*.blogspot.com/*'],
  /** ?m=1 is the mobile rendering of the same post. */
  canonical(url) {
    if (!url.hostname.endsWith('.blogspot.com') || !url.searchParams.has('m')) return undefined;
    const out = new URL(url.href);
    out.searchParams.delete('m');
    return out;
  },
});
