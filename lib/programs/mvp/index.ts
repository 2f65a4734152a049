import type { Contribution, Kind } from '../../schema/contribution';
import { KIND_LABELS } from '../../kinds';
import { defineProgram, type Choices, type FieldSpec, type PlanItem, type PlannedField } from '../define';
import {
  ACTIVITY_TYPES, ALL_TECHNOLOGY_AREAS, EVENT_FORMATS, EVENT_TYPES, MICROSOFT_EVENTS, ROLES, TARGET_AUDIENCES,
  type ActivityType, type Role,
} from './values';
import { eventWhenOf, formatOf, typeOf } from './event';
import { zoneLookup } from './zone-lookup';
import { NO_LINK, field, fitText, isoDay, oneLine, onSite, siteOf, trimWarning } from '../text';
import { MVP_CALENDAR } from './calendar';
import { MVP_PORTAL } from './portal';
import { MVP_RULES } from './rules';

/**
 * Microsoft MVP: one "Add activity" per entry, with the portal's fields and limits
 * (research/forms.md); forum answers and threads rolled up into one "Online Support" activity a month.
 */
const counter = (name: string, label: string): FieldSpec => ({ name, label, format: 'number' });

export const MVP_FIELDS = {
  activityTypeName: { name: 'activityTypeName', label: 'Activity type', format: 'choice', required: true, values: ACTIVITY_TYPES },
  technologyFocusArea: { name: 'technologyFocusArea', label: 'Primary technology area', format: 'choice', required: true, values: ALL_TECHNOLOGY_AREAS, askUser: true },
  additionalTechnologyAreas: { name: 'additionalTechnologyAreas', label: 'Additional technology areas', format: 'choices', values: ALL_TECHNOLOGY_AREAS, maxValues: 2, askUser: true },
  title: { name: 'title', label: 'Title', format: 'text', required: true, maxLength: 100 },
  description: { name: 'description', label: 'Description', format: 'multiline', required: true, maxLength: 1000 },
  privateDescription: { name: 'privateDescription', label: 'Private description', format: 'multiline', maxLength: 1000, help: 'Seen only by Microsoft; never filled from your private notes.' },
  targetAudience: { name: 'targetAudience', label: 'Target audience', format: 'choices', required: true, values: TARGET_AUDIENCES, askUser: true, default: ['Developer'] },
  date: { name: 'date', label: 'Published Date', format: 'date', required: true, help: 'Start Date on the event form.' },
  dateEnd: { name: 'dateEnd', label: 'End date', format: 'date' },
  format: { name: 'format', label: 'Format', format: 'choice', values: EVENT_FORMATS, help: 'Event form only.' },
  eventType: { name: 'eventType', label: 'Event type', format: 'choice', values: EVENT_TYPES, help: 'Event form only.' },
  endTime: { name: 'endTime', label: 'End time', format: 'choice', help: 'Event form only, as its list spells it (“9:00 PM”).' },
  timeZone: { name: 'timeZone', label: 'Time Zone', format: 'choice', help: 'Event form only: the Windows zone of the event’s own time zone.' },
  role: { name: 'role', label: 'Role', format: 'choice', required: true, values: ROLES },
  quantity: counter('quantity', 'Quantity'),
  reach: counter('reach', 'Reach'),
  numberOfViews: counter('numberOfViews', 'Number of views'),
  numberOfSessions: counter('numberOfSessions', 'Number of sessions'),
  liveStreamViews: counter('liveStreamViews', 'Livestream views'),
  onDemandViews: counter('onDemandViews', 'On-demand views'),
  inPersonAttendees: counter('inPersonAttendees', 'In-person attendees'),
  subscriberBase: counter('subscriberBase', 'Subscriber base'),
  microsoftEvent: { name: 'microsoftEvent', label: 'Microsoft event', format: 'choice', values: MICROSOFT_EVENTS },
  url: { name: 'url', label: 'URL', format: 'url', required: true, help: 'A full https:// address.' },
  isPrivate: { name: 'isPrivate', label: 'Private', format: 'boolean' },
} as const satisfies Record<string, FieldSpec>;
type FieldName = keyof typeof MVP_FIELDS;
type Counter = 'numberOfViews' | 'numberOfSessions' | 'liveStreamViews' | 'onDemandViews' | 'inPersonAttendees' | 'subscriberBase';

/**
 * Which counters each type asks for: research/forms.md, the 2025–26 form first (speaker at a
 * third-party event: attendees, sessions, live and on-demand views; Blog and Article: subscriber
 * base besides views), then "Counters by type". The Microsoft-event speaker's own set is not public
 * beyond sessions [I].
 */
export const TYPE_COUNTERS: Record<ActivityType, readonly Counter[]> = {
  Blog: ['numberOfViews', 'subscriberBase'],
  Article: ['numberOfViews', 'subscriberBase'],
  'Online Support': ['numberOfViews'],
  'Open Source/Project/Sample code/Tools': ['numberOfViews'],
  'Content Feedback and Editing': ['numberOfViews'],
  'Product Feedback': [],
  Podcast: ['numberOfSessions', 'liveStreamViews', 'onDemandViews'],
  'Webinar/Online Training/Video/Livestream': ['numberOfSessions', 'liveStreamViews', 'onDemandViews'],
  'Speaker/Presenter at Third-party Event': ['inPersonAttendees', 'numberOfSessions', 'liveStreamViews', 'onDemandViews'],
  'Speaker/Presenter at Microsoft Event': ['numberOfSessions'],
  'Mentorship/Coaching': ['numberOfSessions'],
  'User Group Owner': ['numberOfViews'],
  'Book/E-book': [],
};

/** The apply wizard's organizer/event dialog asks for views of the event, live and recorded. */
const EVENT_COUNTERS: readonly Counter[] = ['liveStreamViews', 'onDemandViews'];
/** Event dialog fields an entry may leave unknown, by the name the form shows. */
const EVENT_UNKNOWN: Partial<Record<FieldName, string>> = { format: 'Format', eventType: 'Type', endTime: 'End Time' };

/**
 * How a kind becomes an activity. Roles: "Author" is the default for most types; the server checks
 * the role against the type (Video refuses Author; Mentorship takes Organizer/Mentor/Other; User Group
 * Owner takes Organizer/Other). Forum kinds are rolled up instead; events organised have a dialog
 * of their own; "other" has no equivalent.
 */
export const KIND_RULES: Partial<Record<Kind, { type: ActivityType; role: Role }>> = {
  'blog-post': { type: 'Blog', role: 'Author' },
  video: { type: 'Webinar/Online Training/Video/Livestream', role: 'Presenter' },
  livestream: { type: 'Webinar/Online Training/Video/Livestream', role: 'Presenter' },
  podcast: { type: 'Podcast', role: 'Host' },
  talk: { type: 'Speaker/Presenter at Third-party Event', role: 'Speaker' },
  book: { type: 'Book/E-book', role: 'Author' },
  article: { type: 'Article', role: 'Author' },
  'open-source': { type: 'Open Source/Project/Sample code/Tools', role: 'Author' },
  // Pull requests and issues to others' projects: the same type, as a contributor.
  code: { type: 'Open Source/Project/Sample code/Tools', role: 'Contributor' },
  mentoring: { type: 'Mentorship/Coaching', role: 'Mentor' },
  'user-group': { type: 'User Group Owner', role: 'Organizer' },
  documentation: { type: 'Content Feedback and Editing', role: 'Contributor' },
  feedback: { type: 'Product Feedback', role: 'Contributor' },
};

/** Organising an event is the apply wizard's organizer/event dialog, not an activity type. */
const ORGANIZED: Kind = 'event';

const ROLLED_UP: readonly Kind[] = ['forum-answer', 'forum-thread'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The values an entry gives each counter. An entry is one session of a talk, video or podcast
 * unless its sessions say otherwise; a livestream's views were live, a recording's on demand.
 */
function counterValue(name: Counter, entry: Contribution): number | undefined {
  const metrics = entry.metrics;
  const live = entry.kind === 'livestream';
  switch (name) {
    case 'numberOfViews':
      return entry.kind === 'user-group' ? (metrics?.attendees ?? metrics?.views) : metrics?.views;
    case 'onDemandViews':
      return live ? undefined : metrics?.views;
    case 'inPersonAttendees':
      return metrics?.attendees;
    case 'numberOfSessions':
      return metrics?.sessions ?? (entry.kind === 'mentoring' ? undefined : 1);
    case 'subscriberBase':
      return metrics?.subscribers;
    case 'liveStreamViews':
      return live ? metrics?.views : undefined;
  }
}

const joined = (value: string | readonly string[] | undefined) => (Array.isArray(value) ? value.join(', ') : ((value as string | undefined) ?? ''));

/** Fields every activity shares that the user picks once (technology areas, audience). */
function chosen(choices: Choices): Partial<Record<FieldName, string>> {
  return {
    technologyFocusArea: joined(choices.technologyFocusArea),
    additionalTechnologyAreas: joined(choices.additionalTechnologyAreas),
    targetAudience: joined(choices.targetAudience ?? MVP_FIELDS.targetAudience.default),
  };
}

function activity(key: string, heading: string, entryIds: string[], values: Partial<Record<FieldName, string | number>>, warnings: string[], category = String(values.activityTypeName ?? '')): PlanItem {
  const fields: PlannedField[] = (Object.keys(MVP_FIELDS) as FieldName[])
    .filter((name) => values[name] !== undefined && values[name] !== '')
    .map((name) => field(MVP_FIELDS[name], values[name]));
  const trimmed = fields.flatMap((planned) => trimWarning(planned) ?? []);
  const url = values.url === undefined ? '' : String(values.url);
  const notHttps = url && !url.startsWith('https://') ? ['The portal accepts only https:// links; this one is not.'] : [];
  return {
    key,
    category,
    heading,
    entryIds,
    fields,
    text: fields.map(({ label, value }) => (value.includes('\n') ? `${label}:\n${value}` : `${label}: ${value}`)).join('\n'),
    warnings: [...warnings, ...trimmed, ...notHttps],
  };
}

function single(entry: Contribution, choices: Choices): PlanItem {
  const rule = KIND_RULES[entry.kind];
  const title = oneLine(entry.title);
  const place = entry.contextTitle ? ` (${oneLine(entry.contextTitle)})` : '';
  const description = entry.notes.trim() || entry.excerpt.trim() || `${KIND_LABELS[entry.kind]}${place}${onSite(entry.url)}: ${title}`;
  const counters = rule ? TYPE_COUNTERS[rule.type] : [];
  const reach = entry.metrics?.views ?? entry.metrics?.attendees ?? entry.metrics?.subscribers;
  return activity(
    entry.id,
    title,
    [entry.id],
    {
      activityTypeName: rule?.type ?? '',
      ...chosen(choices),
      title,
      description,
      date: isoDay(entry.publishedAt),
      role: rule?.role ?? '',
      quantity: 1,
      reach,
      ...Object.fromEntries(counters.map((name) => [name, counterValue(name, entry)])),
      url: entry.url,
    },
    [
      ...(rule ? [] : [`“${KIND_LABELS[entry.kind]}” has no MVP activity type: pick the type and role on the form.`]),
      ...(entry.url === undefined ? [NO_LINK] : []),
    ],
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const listed = (parts: readonly string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));

/**
 * An event the user organised: the organizer/event dialog's fields. Days, end time and zone come from
 * the event's own local time as its page stated it (the stored instant is UTC); a one-day event ends on its start day.
 */
function organized(entry: Contribution, choices: Choices): PlanItem {
  const title = oneLine(entry.title);
  const when = eventWhenOf(entry);
  const zone = zoneLookup()?.windowsZoneOf(when ?? {}) ?? { reason: 'Time Zone: pick it on the form (the zone table is not loaded here).' };
  const day = when?.startDay ?? isoDay(entry.publishedAt);
  const values: Partial<Record<FieldName, string | number>> = {
    ...chosen(choices),
    title,
    description: entry.notes.trim() || entry.excerpt.trim() || `Organised ${title}${entry.url ? ` (${siteOf(entry.url)})` : ''}.`,
    format: formatOf(entry),
    eventType: typeOf(entry),
    date: day,
    timeZone: 'windows' in zone ? zone.windows : undefined,
    endTime: when?.endTime,
    dateEnd: when?.endDay ?? day,
    ...Object.fromEntries(EVENT_COUNTERS.map((name) => [name, counterValue(name, entry)])),
    url: entry.url,
  };
  const unknown = (Object.keys(EVENT_UNKNOWN) as FieldName[]).filter((name) => values[name] === undefined).map((name) => EVENT_UNKNOWN[name]!);
  const asks = unknown.length ? [`${listed(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not known from this entry: pick ${unknown.length === 1 ? 'it' : 'them'} on the form.`] : [];
  const multiDay = when?.endDay ? [] : ['End Date is set to the start day; change it for a multi-day event.'];
  const zoneWarning = 'reason' in zone ? zone.reason : zone.note;
  return activity(entry.id, `${title} (event)`, [entry.id], values, [...(zoneWarning ? [zoneWarning] : []), ...asks, ...multiDay, ...(entry.url === undefined ? [NO_LINK] : [])], 'Event organizer');
}

/** The sites, busiest first: with counts for the description, short for the title ("on 4 sites"). */
function sitesPhrases(entries: readonly Contribution[]): { long: string; short: string } {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(siteOf(entry.url), (counts.get(siteOf(entry.url)) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return {
    long: listed(sorted.map(([site, count]) => (counts.size > 1 ? `${site} (${count})` : site))),
    short: sorted.length > 2 ? `${sorted.length} sites` : listed(sorted.map(([site]) => site)),
  };
}

/** A month of forum work as one Online Support activity: the count as quantity, the links listed. */
function rollup(month: string, entries: readonly Contribution[], choices: Choices): PlanItem {
  const [year, monthNumber] = month.split('-');
  const when = `${MONTHS[Number(monthNumber) - 1]} ${year}`;
  const answers = entries.filter((entry) => entry.kind === 'forum-answer').length;
  const threads = entries.length - answers;
  const did = [answers ? `answered ${plural(answers, 'question', 'questions')}` : '', threads ? `started ${plural(threads, 'thread', 'threads')}` : '']
    .filter(Boolean)
    .join(' and ');
  const sites = sitesPhrases(entries);
  const counted = [answers ? plural(answers, 'answer', 'answers') : '', threads ? plural(threads, 'thread', 'threads') : ''].filter(Boolean).join(' and ');
  const title = `Online support, ${when}: ${counted} on ${sites.short}`;
  const header = `In ${when} I ${did} on ${sites.long}.`;
  const lines = entries.map((entry) => `- ${oneLine(entry.contextTitle ?? entry.title)}: ${entry.url}`);
  const { description, listed } = listWithin(header, lines, MVP_FIELDS.description.maxLength);
  const views = entries.reduce<number | undefined>((sum, entry) => (entry.metrics?.views === undefined ? sum : (sum ?? 0) + entry.metrics.views), undefined);
  const first = entries[0]!;
  const last = entries.at(-1)!;
  const link = entries.find((entry) => entry.url?.startsWith('https://')) ?? first;
  return activity(
    `online-support-${month}`,
    `Online Support, ${when} (${entries.length})`,
    entries.map((entry) => entry.id),
    {
      activityTypeName: 'Online Support',
      ...chosen(choices),
      title,
      description,
      date: isoDay(first.publishedAt),
      dateEnd: isoDay(last.publishedAt) === isoDay(first.publishedAt) ? undefined : isoDay(last.publishedAt),
      role: 'Author',
      quantity: entries.length,
      reach: views,
      numberOfViews: views,
      url: link.url,
    },
    listed < entries.length
      ? [`Description lists ${listed} of ${entries.length} links (limit ${MVP_FIELDS.description.maxLength} characters); the quantity counts all ${entries.length}.`]
      : [],
  );
}

/** As many whole lines as fit under the limit, then "… and N more": cut at a line, never mid-link. */
function listWithin(header: string, lines: readonly string[], limit: number): { description: string; listed: number } {
  const full = [header, ...lines].join('\n');
  if (full.length <= limit) return { description: full, listed: lines.length };
  let text = header;
  let listed = 0;
  for (const line of lines) {
    const more = `\n- … and ${lines.length - listed - 1} more`;
    if (text.length + 1 + line.length + more.length > limit) break;
    text += `\n${line}`;
    listed += 1;
  }
  text += `\n- … and ${lines.length - listed} more`;
  return { description: fitText(text, limit).text, listed };
}

export default defineProgram({
  ...MVP_CALENDAR,
  portal: { ...MVP_PORTAL, rules: MVP_RULES },
  categories: [
    { id: 'Online Support', label: 'Online Support (a month of forum answers)', kinds: ROLLED_UP },
    ...ACTIVITY_TYPES.filter((type) => type !== 'Online Support').map((type) => ({
      id: type,
      label: type,
      kinds: (Object.keys(KIND_RULES) as Kind[]).filter((kind) => KIND_RULES[kind]?.type === type),
    })),
    { id: 'Event organizer', label: 'Event organizer (the organizer/event form)', kinds: [ORGANIZED] },
  ],
  // The form has no social-media type (research/forms.md lists every type): posts are not offered.
  ignores: ['social-post'],
  fields: Object.values(MVP_FIELDS),
  plan(entries, { choices = {} }) {
    const months = new Map<string, Contribution[]>();
    const items: { at: string; item: PlanItem }[] = [];
    for (const entry of entries) {
      if (ROLLED_UP.includes(entry.kind)) {
        const month = entry.publishedAt.slice(0, 7);
        const group = months.get(month);
        if (group) group.push(entry);
        else months.set(month, [entry]);
      } else {
        items.push({ at: entry.publishedAt, item: entry.kind === ORGANIZED ? organized(entry, choices) : single(entry, choices) });
      }
    }
    for (const [month, group] of months) items.push({ at: group[0]!.publishedAt, item: rollup(month, group, choices) });
    const ordered = items.sort((a, b) => a.at.localeCompare(b.at)).map(({ item }) => item);
    return {
      programId: 'mvp',
      items: ordered,
      warnings: choices.technologyFocusArea?.length ? [] : ['Pick a primary technology area: every activity needs one.'],
      text: ordered.map((item) => item.text).join('\n\n----\n\n'),
    };
  },
});
