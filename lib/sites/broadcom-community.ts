import { defineSite } from './define';
import { khorosCanonical } from './khoros';

export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export const THREAD_PATH = /^\/(?:[^/]+\/)?discussion\/[^/]+/i;

export const VIEWTHREAD = /\/digestviewer\/viewthread$/i;

export const HOST = 'community.broadcom.com';

export default defineSite({
  id: 'broadcom-community',
  name: 'Broadcom Community',
  kind: 'forum-answer',
  matches: ['https://community.broadcom.com/*/discussion/*', 'https://community.broadcom.com/discussion/*', 'https://community.broadcom.com/*viewthread*'],
  linkHosts: ['communities.vmware.com'],
  /** Legacy VMTN links (Jive, then Khoros) and both Higher Logic thread forms, so saved links dedupe. */
  canonical(url) {
    if (url.hostname === 'communities.vmware.com') {
      const jive = url.pathname.match(/^\/(thread|message)\/(\d+)/);
      return jive ? new URL(`https://communities.vmware.com/${jive[1]}/${jive[2]}`) : khorosCanonical(url);
    }
    if (url.hostname !== HOST) return undefined;
    const bookmark = url.hash.match(/^#bm([0-9a-f-]{36})$/i)?.[1]?.toLowerCase();
    const out = new URL(`https://${HOST}/`);
    const key = [...url.searchParams].find(([name]) => name.toLowerCase() === 'messagekey')?.[1].match(GUID)?.[0];
    if (VIEWTHREAD.test(url.pathname) && key) {
      out.pathname = '/communities/community-home/digestviewer/viewthread';
      out.search = `MessageKey=${key.toLowerCase()}`;
    } else if (THREAD_PATH.test(url.pathname)) {
      out.pathname = url.pathname.toLowerCase();
    } else {
      return undefined;
    }
    if (bookmark) out.hash = `bm${bookmark}`;
    return out;
  },
});
