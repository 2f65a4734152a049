import { z } from 'zod';
import type { Draft } from '../schema/contribution';
import { httpFailure } from './context';
import type { SessionizeInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { formatDay, inYear } from './year';

/**
 * Sessionize's speaker API (https://sessionize.com/api/speaker/json/<id>, public once the speaker
 * turns it on) as public sites read it: `speaker`, `sessions` (id, title, description, sessionUrl)
 * and `events` (id, name, eventStartDate, eventEndDate, location, website). A session does not say
 * which event it was given at [as far as the sources show; I: confirm with a live reply], so each
 * event spoken at becomes one talk, its sessions named in the excerpt only when there is one.
 */
export const sessionizeUrl = (input: SessionizeInput) => `https://sessionize.com/api/speaker/json/${input.apiId}`;

const EventSchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string(),
  eventStartDate: z.string().nullable().optional(),
  eventEndDate: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
});
const SessionSchema = z.object({ title: z.string() }).loose();
const ReplySchema = z.object({
  speaker: z.object({ firstName: z.string().optional(), lastName: z.string().optional(), speakerProfileUrl: z.string().nullable().optional() }).loose().optional(),
  sessions: z.array(SessionSchema).default([]),
  events: z.array(EventSchema).default([]),
});
export type SessionizeReply = z.infer<typeof ReplySchema>;

/** An event date as Sessionize writes it ("2026-05-14T00:00:00", no zone): the calendar day at noon UTC. */
function eventDay(value: string | null | undefined): string | undefined {
  const day = value?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  return day ? `${day}T12:00:00.000Z` : undefined;
}

const webLink = (value: string | null | undefined) => (value && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined);

/** The reply's events of the year → one talk each. Pure. */
export function sessionizeDrafts(reply: SessionizeReply, year: number): Collected {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  const speaker = [reply.speaker?.firstName, reply.speaker?.lastName].filter(Boolean).join(' ') || undefined;
  const only = reply.sessions.length === 1 ? reply.sessions[0]!.title.trim() : undefined;
  for (const event of reply.events) {
    const start = eventDay(event.eventStartDate);
    if (!start) {
      out.rejected.push({ title: event.name, reason: 'Sessionize gives no date for this event.' });
      continue;
    }
    if (!inYear(start, year)) {
      out.otherYears += 1;
      continue;
    }
    const website = webLink(event.website);
    if (!website) {
      // A talk needs a link to be imported (the dedupe key); one added by hand may go without.
      out.rejected.push({ title: event.name, reason: 'Sessionize gives no website for this event: add the talk by hand (Add tab), with or without a link.' });
      continue;
    }
    const end = eventDay(event.eventEndDate);
    const when = end && end !== start ? `${formatDay(start)} – ${formatDay(end)}` : formatDay(start);
    const place = event.location?.trim();
    const draft: Draft = {
      kind: 'talk',
      platform: 'sessionize',
      url: website,
      contextUrl: website,
      contextTitle: event.name.trim(),
      title: only ?? `Speaker at ${event.name.trim()}`,
      excerpt: [place, when].filter(Boolean).join(', '),
      publishedAt: start,
      // The event's own days (Sessionize gives no time or zone); its location as the venue.
      event: { start: start.slice(0, 10), ...(end ? { end: end.slice(0, 10) } : {}), ...(place ? { venue: place.slice(0, 500) } : {}) },
      ...(speaker ? { author: speaker } : {}),
      own: true,
      source: 'backfill',
    };
    out.drafts.push(draft);
  }
  if (reply.sessions.length > 1 && out.drafts.length > 0) {
    out.warnings.push('Sessionize does not say which of your sessions was given at which event: each event is saved as “Speaker at …”; rename it to the session’s title in the list.');
  }
  return out;
}

export async function collectSessionize(input: SessionizeInput, ctx: SourceContext): Promise<Collected> {
  const url = sessionizeUrl(input);
  ctx.progress('Reading your Sessionize speaker profile');
  const response = await ctx.get(url, 'application/json');
  if (!response.ok) throw httpFailure(response, url, 'your Sessionize speaker API (is it turned on in your profile?)');
  const reply = ReplySchema.safeParse(await response.json().catch(() => undefined));
  if (!reply.success) throw new BackfillError('Sessionize answered in an unexpected shape. Nothing was imported.');
  return sessionizeDrafts(reply.data, ctx.year);
}
