import { z } from 'zod';
import './jitless';
import { LIMITS } from './limits';

export const KINDS = [
  'blog-post', 'forum-answer', 'forum-thread', 'video', 'talk', 'podcast', 'book',
  'open-source', 'event', 'mentoring', 'other',
  // Added by hand (nothing to capture), each counted separately by the award programs.
  'article', 'user-group', 'documentation', 'feedback',
  // Issue 16's captures: posts on Mastodon, Bluesky, LinkedIn; pull requests and issues to others'
  // repositories (documentation PRs stay 'documentation'); streams, which MVP (live-stream views),
  // Docker Captains ("live video") and GDE (virtual speaking) count apart from recorded videos.
  'social-post', 'code', 'livestream',
] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

export const SourceSchema = z.enum(['auto', 'one-click', 'manual', 'import', 'backfill']);
export type Source = z.infer<typeof SourceSchema>;

export { LIMITS };

/** Kinds that may be typed in by hand without a link: a talk or meetup may have no page to show. */
export const LINK_OPTIONAL_KINDS: readonly Kind[] = ['talk', 'event', 'user-group', 'mentoring'];

/** Whether an entry may go without a link: only one added by hand, of a kind that may have no page. */
export const mayLackLink = (entry: { source: Source; kind: Kind }) => entry.source === 'manual' && LINK_OPTIONAL_KINDS.includes(entry.kind);

const LINK_REQUIRED = 'a link is required (only talks, events, user groups and mentoring added by hand may have none)';


const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

/** Only http(s) links are stored: a javascript: or data: URL must never become a clickable link. */
export const WebUrlSchema = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const count = z.number().int().nonnegative();

export const MetricsSchema = z.object({
  asOf: isoDate,
  votes: z.number().int().optional(),
  views: count.optional(),
  accepted: z.boolean().optional(),
  comments: count.optional(),
  attendees: count.optional(),
  /** How many times a talk was given or a stream ran (MVP's "Number of sessions"); one when unset. */
  sessions: count.optional(),
  subscribers: count.optional(),
});

export const EvidenceSchema = z.object({
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256').optional(),
  screenshotId: z.string().optional(),
});

export const ProgramStatusSchema = z.object({
  status: z.enum(['planned', 'submitted']),
  at: isoDate,
});

/** A day, or a day and a wall-clock time, with no offset: "2026-03-12" or "2026-03-12T18:30". */
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM');

/** A zone name the platform knows (Europe/Lisbon); abbreviations such as CEST are not zones. */
export const TimeZoneSchema = z.string().max(64).refine((zone) => {
  try {
    return /\//.test(zone) || zone === 'UTC' ? Boolean(new Intl.DateTimeFormat('en', { timeZone: zone })) : false;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Lisbon');

export const EventFormatSchema = z.enum(['in-person', 'online', 'hybrid']);

/**
 * When and how an event took place, as its page stated it: local wall-clock times (never converted
 * to UTC, which is publishedAt's job), the zone they are in where the page names one, else the
 * offset. Attendees stay in metrics.
 */
export const EventTimesSchema = z.object({
  start: localTime,
  end: localTime.optional(),
  timeZone: TimeZoneSchema.optional(),
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/, 'must be an offset such as +01:00').optional(),
  format: EventFormatSchema.optional(),
  venue: z.string().max(LIMITS.title).optional(),
});
export type EventTimes = z.infer<typeof EventTimesSchema>;

/** What an adapter (or a form, or an importer) proposes; the background turns it into a record. */
export const DraftSchema = z.object({
  kind: KindSchema,
  platform: z.string().min(1).max(64),
  url: WebUrlSchema,
  contextUrl: WebUrlSchema.optional(),
  contextTitle: z.string().max(LIMITS.title).optional(),
  title: z.string().trim().min(1, 'a title is required').max(LIMITS.title),
  excerpt: z.string().max(LIMITS.excerpt).default(''),
  /** The captured text; hashed as evidence and never stored whole. */
  text: z.string().max(LIMITS.text).optional(),
  publishedAt: isoDate.optional(),
  author: z.string().max(LIMITS.handle).optional(),
  own: z.boolean(),
  source: SourceSchema,
  metrics: MetricsSchema.omit({ asOf: true }).partial().optional(),
  tags: z.array(z.string().max(64)).max(50).optional(),
  event: EventTimesSchema.optional(),
});
export type ParsedDraft = z.output<typeof DraftSchema>;

/**
 * What a capture proposes: a draft that may be the update of a post published earlier
 * (`refreshOnly`), which refreshes its entry when there is one and never creates one.
 */
export const CaptureDraftSchema = DraftSchema.extend({
  refreshOnly: z.boolean().optional(),
});
export type Draft = z.input<typeof CaptureDraftSchema>;

/** What "Add by hand" proposes: a draft whose link may be missing where `mayLackLink` allows. */
export const ManualDraftSchema = DraftSchema.extend({ url: WebUrlSchema.optional() }).refine(
  (draft) => draft.url !== undefined || mayLackLink(draft),
  { path: ['url'], message: LINK_REQUIRED },
);
export type ParsedCaptureDraft = z.output<typeof CaptureDraftSchema>;

export const ContributionSchema = DraftSchema.omit({ text: true, metrics: true, tags: true }).extend({
  /** The canonical permalink, the dedupe key (unique index; an entry without one is not indexed). */
  url: WebUrlSchema.optional(),
  id: z.string().min(1),
  /** The date the entry counts for: the publication date, or the capture date when unknown. */
  publishedAt: isoDate,
  capturedAt: isoDate,
  metrics: MetricsSchema.optional(),
  evidence: EvidenceSchema.default({}),
  tags: z.array(z.string().max(64)).default([]),
  notes: z.string().max(LIMITS.notes).default(''),
  privateNotes: z.string().max(LIMITS.notes).default(''),
  programs: z.record(z.string(), ProgramStatusSchema).default({}),
}).refine((entry) => entry.url !== undefined || mayLackLink(entry), { path: ['url'], message: LINK_REQUIRED });
export type Contribution = z.output<typeof ContributionSchema>;
/** An entry that has a link: every capture, backfill and import of a page has one. */
export type LinkedContribution = Contribution & { url: string };
