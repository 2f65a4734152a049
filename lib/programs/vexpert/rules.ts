import type { PortalRules } from '../../autofill/rules';

/** vExpert: one free-text list per category (and maybe a count), matched by the category's words. */
const VEXPERT_TOPICS: Readonly<Record<string, RegExp>> = {
  blogging: /\bblog/i,
  'public-speaking': /speak|presentation|\btalks?\b|sessions?\b/i,
  'community-forums': /forum|vmtn|broadcom community|community (posts|participation|answers)/i,
  'videos-podcasts': /video|podcast|youtube|vlog/i,
  'books-articles': /\bbooks?\b|article|magazine|publication|whitepaper/i,
  'tools-open-source': /\btools?\b|open.?source|github|scripts?\b/i,
  'leadership-events': /leader|vmug|organi[sz]|\bevents?\b|mentor/i,
  other: /\bother\b|anything else/i,
};
const COUNT = /number of|how many|\bcount\b|total/i;
// Counts only where a saved form asks for one (fixtures/application.html); the others are listed to
// copy by hand. A live form that asks for more gets a rule and a fixture field together.
const COUNTED = new Set(['blogging', 'community-forums']);

export const VEXPERT_RULES: PortalRules = {
  fields: Object.fromEntries(
    Object.entries(VEXPERT_TOPICS).flatMap(([id, topic]) => [
      [`${id}.list`, { labels: [topic], not: [COUNT] }],
      ...(COUNTED.has(id) ? [[`${id}.count`, { labels: [topic], all: [COUNT] }]] : []),
    ]),
  ),
  synonyms: {},
  saved: [
    /\bapplication\b[^.]{0,40}\b(received|submitted|saved)\b/i,
    /thank you for (applying|your application)/i,
    /\b(saved|submitted) successfully\b|\bsuccessfully (saved|submitted)\b/i,
  ],
};
