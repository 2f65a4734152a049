import { whole, type PortalRules } from '../../autofill/rules';
import { zoneLookup } from './zone-lookup';

/**
 * MVP labels as the 2025–26 dialogs show them [3P: egarim/mvp-activity-automation drives the live
 * "Add Activity" and the apply wizard's "Create Activity/Event" dialogs by these names], then the
 * older wordings.
 */
let zoneCityNames: Record<string, string[]> | undefined;

export const MVP_RULES: PortalRules = {
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
    // The organizer/event dialog's "Format", "Type" and "End Time": whole labels, so "Activity type" and "End Date" stay apart.
    format: { labels: [whole('(event )?format')], names: [/^(event.?)?format$/i] },
    eventType: { labels: [whole('(event )?type')], names: [/^event.?type$/i] },
    endTime: { labels: [whole('end time')], names: [/^end.?time$/i] },
    timeZone: { labels: [whole('time ?zone')], names: [/^time.?zone$/i] },
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
    // The plan names a zone by its Windows id; a list of display names is matched by the zone's cities
    // (built on first use, where ./time-zone.ts is loaded).
    get timeZone() {
      return (zoneCityNames ??= zoneLookup()?.zoneCities()) ?? {};
    },
  },
  saved: [
    /\b(activity|contribution)\b[^.]{0,40}\b(saved|added|created|submitted)\b/i,
    /\b(saved|added|submitted|created) successfully\b/i,
    /\bsuccessfully (saved|added|submitted|created)\b/i,
  ],
};
