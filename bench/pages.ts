import { readFileSync } from 'node:fs';
import { QUESTION_HTML, SUPPORTED_URL, UNSUPPORTED_URL } from './question-page';

/**
 * One saved real page per content-script family, for the page-cost measure: served under an address
 * the family's content script matches and under one it does not (same markup, so the page's own work
 * is alike and only our script differs).
 */
export interface FamilyPage {
  /** The content script (entrypoints/<family>.content.ts). */
  family: string;
  html: string;
  url: string;
  unmatched: string;
  /** A page of posts: the content script has placed its Save buttons once it is done. */
  saveButtons: boolean;
}

const saved = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

export const FAMILY_PAGES: readonly FamilyPage[] = [
  { family: 'capture-qa-sites', html: QUESTION_HTML, url: SUPPORTED_URL, unmatched: UNSUPPORTED_URL, saveButtons: true },
  {
    family: 'capture-communities',
    html: saved('tests/fixtures/khoros/aurora-thread-logged-in.html'),
    url: 'https://techcommunity.microsoft.com/discussions/microsoft365copilot/copilot-chat-or-microsoft-365-copilot-which-one-do-we-need/4400100',
    unmatched: 'https://techcommunity.microsoft.com/category/microsoft365copilot/copilot-chat-or-microsoft-365-copilot-which-one-do-we-need/4400100',
    saveButtons: true,
  },
  {
    family: 'capture-social',
    html: saved('tests/fixtures/github-discussions/discussion-logged-in.html'),
    url: 'https://github.com/acme/widgets/discussions/42',
    // The script loads on every github.com page (it follows in-page moves), so the unmatched side is another host.
    unmatched: 'https://github.example/acme/widgets/discussions/42',
    saveButtons: true,
  },
  {
    family: 'capture-videos',
    html: saved('tests/fixtures/twitch/vod-other-channel.html'),
    url: 'https://www.twitch.tv/videos/2299876543',
    unmatched: 'https://www.twitch.tv/clips/2299876543',
    saveButtons: true,
  },
  {
    family: 'capture-posts',
    html: saved('tests/fixtures/mastodon/status-other.html'),
    url: 'https://mastodon.social/@lea/113999555666777888',
    unmatched: 'https://mastodon.social/users/lea/statuses/113999555666777888',
    saveButtons: true,
  },
  {
    family: 'capture-events',
    html: saved('tests/fixtures/meetup/event-other-online.html'),
    url: 'https://www.meetup.com/cloud-native-storage-online/events/311222333/',
    unmatched: 'https://www.meetup.com/cloud-native-storage-online/311222333/',
    saveButtons: true,
  },
  // An editor: nothing to place, the script only waits for the user to publish. dev.to matches
  // every path, so the unmatched side is another host.
  { family: 'capture-blogs', html: saved('tests/fixtures/dev-to/editor.html'), url: 'https://dev.to/new', unmatched: 'https://dev-to.example/new', saveButtons: false },
  { family: 'portal', html: saved('lib/programs/mvp/fixtures/plain.html'), url: 'https://mvp.microsoft.com/en-US/account/', unmatched: 'https://mvp.example/en-US/account/', saveButtons: false },
];
