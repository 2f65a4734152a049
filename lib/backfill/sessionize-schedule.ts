import { z } from 'zod';
import type { Draft } from '../schema/contribution';
import { httpFailure } from './context';
import type { SessionizeScheduleInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { formatDay, inYear } from './year';

/**
 * An event's public schedule as Sessionize's API serves it (https://sessionize.com/api/v2/<id>/view/All,
 * JSON when the organiser made the endpoint a JSON one): `sessions` (id, title, startsAt/endsAt in the
 * event's local time without a zone, `speakers` = speaker ids, roomId, isServiceSession, status),
 * `speakers` (id, firstName, lastName, fullName, links) and `rooms` (id, name). Shape read by several
 * independent public clients [V-3p]; the reply names no event, so the person gives its name.
 */
export const scheduleUrl = (input: Pick<SessionizeScheduleInput, 'eventId'>) => `https://sessionize.com/api/v2/${input.eventId}/view/All`;

const SessionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  startsAt: z.string().nullable().optional(),
  endsAt: z.string().nullable().optional(),
  // The All view lists speaker ids; the Sessions view lists {id, name}.
  speakers: z.array(z.union([z.string(), z.object({ id: z.string() }).loose()])).default([]),
  roomId: z.number().nullable().optional(),
  isServiceSession: z.boolean().optional(),
  status: z.string().nullable().optional(),
});
const SpeakerSchema = z.object({
  id: z.string(),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  fullName: z.string().optional(),
  links: z.array(z.object({ url: z.string() }).loose()).default([]),
});
const ReplySchema = z.object({
  sessions: z.array(SessionSchema),
  speakers: z.array(SpeakerSchema).default([]),
  rooms: z.array(z.object({ id: z.number(), name: z.string() }).loose()).default([]),
});
export type SessionizeSchedule = z.infer<typeof ReplySchema>;
type Speaker = z.infer<typeof SpeakerSchema>;

/** Names compare without case, accents or punctuation: "José  Núñez-Ruiz" is "jose nunez ruiz". */
const nameKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const fullName = (speaker: Speaker) => speaker.fullName?.trim() || `${speaker.firstName} ${speaker.lastName}`.trim();

/**
 * The address of a session's page as Sessionize builds it (/s/<speaker>/<title>/<id>): the title
 * lower-cased, each run of other characters one hyphen, cut at 50 characters, as on live links [V-3p];
 * the same address the profile page's Save talk stores, so both save one entry. Accented letters
 * are an [I: confirm] case.
 */
export function sessionLink(slug: string, title: string, id: string): string {
  const titleSlug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 50);
  return `https://sessionize.com/s/${slug}/${titleSlug}/${id}`;
}

/** A local time as Sessionize writes it ("2026-05-14T09:00:00"): its day at noon UTC, and the time as written. */
function localParts(value: string | null | undefined): { day: string; time: string } | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
  return match ? { day: `${match[1]}T12:00:00.000Z`, time: match[2]! } : undefined;
}

/** Rooms that are a stream rather than a place [I: organisers name them freely]. */
const ONLINE_ROOM = /\b(online|virtual|remote|livestream|stream)\b/i;

/** The speaker's sessions of the year in the schedule → one talk each. Pure. */
export function scheduleDrafts(reply: SessionizeSchedule, input: SessionizeScheduleInput, year: number): Collected {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  const profile = `sessionize.com/${input.slug}`;
  const me = reply.speakers.filter(
    (speaker) => nameKey(fullName(speaker)) === nameKey(input.name) || speaker.links.some((link) => link.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '').toLowerCase() === profile),
  );
  if (me.length === 0) {
    throw new BackfillError(`Nobody named “${input.name}” speaks in this schedule (${reply.speakers.length} speakers). Enter your name as the schedule shows it.`);
  }
  const mine = new Set(me.map((speaker) => speaker.id));
  const names = new Map(reply.speakers.map((speaker) => [speaker.id, fullName(speaker)]));
  const rooms = new Map(reply.rooms.map((room) => [room.id, room.name.trim()]));
  for (const session of reply.sessions) {
    const ids = session.speakers.map((speaker) => (typeof speaker === 'string' ? speaker : speaker.id));
    if (session.isServiceSession || !ids.some((id) => mine.has(id))) continue;
    if (session.status && session.status !== 'Accepted') continue;
    const start = localParts(session.startsAt);
    if (!start) {
      out.rejected.push({ title: session.title, reason: 'Not on the schedule yet (no date).' });
      continue;
    }
    if (!inYear(start.day, year)) {
      out.otherYears += 1;
      continue;
    }
    const end = localParts(session.endsAt);
    const room = session.roomId != null ? rooms.get(session.roomId) : undefined;
    const others = ids.filter((id) => !mine.has(id)).map((id) => names.get(id)).filter((name): name is string => Boolean(name));
    const draft: Draft = {
      kind: 'talk',
      platform: 'sessionize',
      url: sessionLink(input.slug, session.title, session.id),
      contextTitle: input.eventName,
      title: session.title.trim(),
      // Times are the event's own; the schedule does not name its time zone.
      excerpt: [`${formatDay(start.day)}, ${start.time}${end ? `–${end.time}` : ''}`, room, others.length > 0 ? `with ${others.join(', ')}` : undefined]
        .filter(Boolean)
        .join(' · '),
      publishedAt: start.day,
      author: fullName(me[0]!),
      own: true,
      source: 'backfill',
      ...(room && ONLINE_ROOM.test(room) ? { tags: ['online'] } : {}),
    };
    out.drafts.push(draft);
  }
  return out;
}

export async function collectSessionizeSchedule(input: SessionizeScheduleInput, ctx: SourceContext): Promise<Collected> {
  const url = scheduleUrl(input);
  ctx.progress(`Reading the schedule of ${input.eventName}`);
  const response = await ctx.get(url, 'application/json');
  if (!response.ok) throw httpFailure(response, url, 'this schedule');
  const body = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // An embed endpoint answers with the script that draws the schedule, not with data.
    throw new BackfillError(
      `This schedule is published as an embed, not as JSON: open it on Sessionize (https://sessionize.com/view/${input.eventId}/GridSmart) and press Save talk beside your session.`,
    );
  }
  const reply = ReplySchema.safeParse(data);
  if (!reply.success) throw new BackfillError('Sessionize answered in an unexpected shape. Nothing was imported.');
  return scheduleDrafts(reply.data, input, ctx.year);
}
