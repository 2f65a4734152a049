import { defineSite } from './define';

export const SITE_HOST = /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

export default defineSite({
  id: 'stack-exchange',
  name: 'Stack Exchange',
  kind: 'forum-answer',
  matches: [
    'https://*.stackoverflow.com/questions/*',
    'https://*.stackexchange.com/questions/*',
    'https://*.superuser.com/questions/*',
    'https://*.serverfault.com/questions/*',
    'https://*.askubuntu.com/questions/*',
    'https://*.mathoverflow.net/questions/*',
    'https://*.stackapps.com/questions/*',
  ],
  canonical(url) {
    if (!SITE_HOST.test(url.hostname)) return undefined;
    const out = new URL(`https://${url.hostname.replace(/^www\./, '')}/`);
    const path = url.pathname;
    const fragment = url.hash.slice(1);
    const answer =
      path.match(/^\/a\/(\d+)/)?.[1] ??
      path.match(/^\/questions\/\d+\/[^/]+\/(\d+)/)?.[1] ??
      (/^\/questions\/\d+/.test(path) && /^\d+$/.test(fragment) ? fragment : undefined);
    const question = path.match(/^\/(?:q|questions)\/(\d+)/)?.[1];
    if (answer) out.pathname = `/a/${answer}`;
    else if (question) out.pathname = `/questions/${question}`;
    else return undefined;
    return out;
  },
});
