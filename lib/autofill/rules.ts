/**
 * What we know of each program's portal form, as data: the words that name each field (labels,
 * then name/id attributes), other names the form has used for a value, and the portal's "saved"
 * message. The portals' markup is not public (research/sites.md §10): these are labels as the
 * programs word them in public material [I]; a field no rule names is matched by its label alone.
 */
export interface FieldRule {
  /** Label (or aria-label) patterns, best first. */
  labels: readonly RegExp[];
  /** name/id attribute patterns. */
  names?: readonly RegExp[];
  /** A label matching any of these is never this field ("Private description" is not "Description"). */
  not?: readonly RegExp[];
  /** Every one of these must match the label too ("Number of blog posts" is a count, not the list). */
  all?: readonly RegExp[];
}

export interface PortalRules {
  fields: Readonly<Record<string, FieldRule>>;
  /** Per field: a stored value → the names the form has given it in other years. */
  synonyms: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The portal's message once an activity or application is saved. */
  saved: readonly RegExp[];
}

const mvp: PortalRules = {
  fields: {
    activityTypeName: { labels: [/^activity type/i, /type of (activity|contribution)/i, /^contribution type/i, /^type$/i], names: [/activity.?type|^type(name)?$/i] },
    technologyFocusArea: {
      labels: [/primary technolog/i, /technology focus/i, /^(technology|contribution) area/i, /^technolog/i],
      names: [/technologyfocusarea|primary.?tech/i],
      not: [/additional|secondary|other tech/i],
    },
    additionalTechnologyAreas: { labels: [/additional technolog/i, /secondary technolog/i, /other technolog/i], names: [/additional.?tech/i] },
    title: { labels: [/^(activity )?title\b/i, /^name of (the )?activity/i], names: [/^(activity.?)?title$/i], not: [/sub.?title/i] },
    description: { labels: [/^(public )?description/i, /^describe/i, /^summary/i], names: [/^description$/i], not: [/private/i] },
    privateDescription: { labels: [/private description/i, /(note|message)s? (to|for) microsoft/i, /only (visible to )?microsoft/i], names: [/private.?description/i] },
    date: { labels: [/^(activity |start )?date\b/i, /^date of (the )?activity/i, /^start/i], names: [/^(activity.?|start.?)?date$/i], not: [/end/i] },
    dateEnd: { labels: [/^end date/i, /^end\b/i, /^to$/i], names: [/date.?end|end.?date/i] },
    url: { labels: [/\burl\b/i, /\blink\b/i, /web address/i], names: [/url|link/i], not: [/image|photo|avatar/i] },
    role: { labels: [/^(your )?role/i], names: [/^role$/i] },
    targetAudience: { labels: [/audience/i], names: [/audience/i] },
    quantity: { labels: [/^quantity/i, /^number of (posts|answers|items|contributions|activities)/i], names: [/quantity/i] },
    reach: { labels: [/^reach/i], names: [/^reach$/i] },
    numberOfViews: { labels: [/number of views/i, /^(page )?views$/i], names: [/numberofviews|^views$/i], not: [/live|on.?demand/i] },
    numberOfSessions: { labels: [/(number of )?sessions/i], names: [/sessions/i] },
    liveStreamViews: { labels: [/live.?stream/i], names: [/livestream/i] },
    onDemandViews: { labels: [/on.?demand/i], names: [/ondemand/i] },
    inPersonAttendees: { labels: [/in.?person/i, /attendees/i], names: [/attendees/i] },
    subscriberBase: { labels: [/subscriber/i], names: [/subscriber/i] },
    microsoftEvent: { labels: [/microsoft event/i, /^which event/i], names: [/microsoft.?event/i] },
  },
  synonyms: {
    // The form's list changes between years [V research/forms.md: "Video" accepted in Oct 2025,
    // "Webinar/Online Training/Video/Livestream" named by other sources; the TS enum names older types].
    activityTypeName: {
      Video: ['Webinar/Online Training/Video/Livestream', 'Video/Webcast/Podcast', 'Webcast'],
      'Online Support': ['Forum Participation (Microsoft Forums)', 'Forum Participation (3rd Party Forums)', 'Forum Participation'],
      Blog: ['Blog/Website Post', 'Blog Site Posts'],
      'Open Source/Project/Sample code/Tools': ['Open Source Project(s)', 'Code Project/Sample', 'Code Samples'],
      'Speaker/Presenter at Third-party Event': ['Speaking (Conference)', 'Speaking (User Group)', 'Speaker'],
      'Speaker/Presenter at Microsoft Event': ['Speaking (Microsoft Event)'],
      'Mentorship/Coaching': ['Mentorship', 'Mentoring'],
      'Book/E-book': ['Book (Author)', 'Book (Co-Author)', 'Books'],
      'User Group Owner': ['User Group Owner/Leader', 'User Group Leader'],
      'Content Feedback & Editing': ['Content Feedback/Editing', 'Technical Content Feedback'],
    },
    role: { Organizer: ['Organiser'] },
  },
  saved: [
    /\b(activity|contribution)\b[^.]{0,40}\b(saved|added|created|submitted)\b/i,
    /\b(saved|added|submitted|created) successfully\b/i,
    /\bsuccessfully (saved|added|submitted|created)\b/i,
  ],
};

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

const vexpert: PortalRules = {
  fields: Object.fromEntries(
    Object.entries(VEXPERT_TOPICS).flatMap(([id, topic]) => [
      [`${id}.list`, { labels: [topic], not: [COUNT] }],
      [`${id}.count`, { labels: [topic], all: [COUNT] }],
    ]),
  ),
  synonyms: {},
  saved: [
    /\bapplication\b[^.]{0,40}\b(received|submitted|saved)\b/i,
    /thank you for (applying|your application)/i,
    /\b(saved|submitted) successfully\b|\bsuccessfully (saved|submitted)\b/i,
  ],
};

export const PORTAL_RULES: Readonly<Record<string, PortalRules>> = { mvp, vexpert };
