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

/**
 * A whole label, not a prefix: "End Time" is not "End Date". Case is ignored, and a trailing hint in
 * brackets ("Additional technology areas (up to 2)") is allowed.
 */
export const whole = (pattern: string) => new RegExp(`^(?:${pattern})(?: \\([^)]*\\))?$`, 'i');

/**
 * MVP labels as the 2025–26 dialogs show them [3P: egarim/mvp-activity-automation drives the live
 * "Add Activity" and the apply wizard's "Create Activity/Event" dialogs by these names], then the
 * older wordings.
 */
const mvp: PortalRules = {
  fields: {
    activityTypeName: { labels: [whole('activity type'), whole('type of (activity|contribution)'), whole('contribution type')], names: [/^activity.?type(name)?$/i] },
    technologyFocusArea: {
      labels: [whole('primary technology area'), whole('technology focus area'), whole('(technology|contribution) area')],
      names: [/^(technologyfocusarea|primary.?tech(nology)?(.?area)?)$/i],
    },
    additionalTechnologyAreas: { labels: [whole('(additional|secondary|other) technology areas?')], names: [/^additional.?tech(nology)?(.?areas?)?$/i] },
    title: { labels: [whole('(activity |event )?title'), whole('name of (the )?activity')], names: [/^(activity.?)?title$/i] },
    description: { labels: [whole('(public )?description')], names: [/^description$/i] },
    privateDescription: { labels: [whole('private description'), whole('(notes?|message) (to|for) microsoft')], names: [/^private.?description$/i] },
    date: { labels: [whole('published date'), whole('(activity |start |event )?date'), whole('date of (the )?activity')], names: [/^(activity.?|start.?|published.?)?date$/i] },
    dateEnd: { labels: [whole('end date'), whole('to')], names: [/^(date.?end|end.?date)$/i] },
    url: { labels: [whole('(activity |event )?url'), whole('link( to the activity)?'), whole('web address')], names: [/^(activity.?|event.?)?(url|link)$/i] },
    role: { labels: [whole('(your )?role')], names: [/^role$/i] },
    targetAudience: { labels: [whole('(target )?audiences?')], names: [/^(target.?)?audiences?$/i] },
    quantity: { labels: [whole('quantity'), whole('number of (posts|answers|items|contributions|activities)')], names: [/^quantity$/i] },
    reach: { labels: [whole('reach')], names: [/^reach$/i] },
    numberOfViews: { labels: [whole('number of views'), whole('(page )?views')], names: [/^(numberofviews|views)$/i] },
    numberOfSessions: { labels: [whole('(number of )?sessions')], names: [/^(numberof)?sessions$/i] },
    liveStreamViews: { labels: [whole('live[ -]?stream views'), whole('live (online )?views')], names: [/^live.?stream.?views$/i] },
    onDemandViews: { labels: [whole('on[ -]?demand views')], names: [/^on.?demand.?views$/i] },
    inPersonAttendees: { labels: [whole('in[ -]?person attendees'), whole('(number of )?attendees')], names: [/^(inperson)?attendees$/i] },
    subscriberBase: { labels: [whole('subscriber base'), whole('(number of )?subscribers')], names: [/^subscriber.?base$/i] },
    microsoftEvent: { labels: [whole('microsoft event'), whole('which event')], names: [/^microsoft.?event$/i] },
  },
  synonyms: {
    // The form's list changes between years [V research/forms.md: the form shows "Webinar/Online
    // Training/Video/Livestream", the API accepted "Video" in Oct 2025; older types from the retired API].
    activityTypeName: {
      'Webinar/Online Training/Video/Livestream': ['Video', 'Video/Webcast/Podcast', 'Webcast'],
      'Online Support': ['Forum Participation (Microsoft Forums)', 'Forum Participation (3rd Party Forums)', 'Forum Participation'],
      Blog: ['Blog/Website Post', 'Blog Site Posts'],
      'Open Source/Project/Sample code/Tools': ['Open Source Project(s)', 'Code Project/Sample', 'Code Samples'],
      'Speaker/Presenter at Third-party Event': ['Speaking (Conference)', 'Speaking (User Group)', 'Speaker'],
      'Speaker/Presenter at Microsoft Event': ['Speaking (Microsoft Event)'],
      'Mentorship/Coaching': ['Mentorship', 'Mentoring'],
      'Book/E-book': ['Book (Author)', 'Book (Co-Author)', 'Books'],
      'User Group Owner': ['User Group Owner/Leader', 'User Group Leader'],
      'Content Feedback and Editing': ['Content Feedback & Editing', 'Content Feedback/Editing', 'Technical Content Feedback'],
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
