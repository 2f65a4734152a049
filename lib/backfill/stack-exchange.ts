import { z } from 'zod';
import type { Draft } from '../schema/contribution';
import { excerptOfHtml, plainTitle } from './text';
import type { StackExchangeInput } from './inputs';
import { BackfillError, type Collected, type SourceContext } from './types';
import { inYear, yearBounds } from './year';

// API 2.3 facts: https://api.stackexchange.com/docs (wrapper, paging, back-off, throttles, filters).
const API = 'https://api.stackexchange.com/2.3';
/** The anonymous quota is 300 requests a day; 25 pages of 100 is far beyond a year of answers. */
const MAX_PAGES = 25;
/** Every response is wrapped; errors come as HTTP 4xx/5xx with error_id/error_name/error_message. */
const WrapperSchema = z.object({
  items: z.array(z.unknown()).default([]),
  has_more: z.boolean().default(false),
  quota_remaining: z.number().optional(),
  backoff: z.number().optional(),
  error_id: z.number().optional(),
  error_name: z.string().optional(),
  error_message: z.string().optional(),
});
export type Wrapper = z.infer<typeof WrapperSchema>;

const AnswerSchema = z.object({
  answer_id: z.number(),
  question_id: z.number(),
  creation_date: z.number(),
  score: z.number(),
  is_accepted: z.boolean().default(false),
  body: z.string().optional(),
  owner: z.object({ user_id: z.number().optional(), display_name: z.string().optional() }).optional(),
});

const QuestionSchema = z.object({ question_id: z.number(), title: z.string(), link: z.string().optional() });

/** Reads one API response body; an error body becomes a message the person can act on. */
export function parseWrapper(status: number, text: string): Wrapper {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackfillError(`The Stack Exchange API answered ${status} with something that is not JSON. Try again later.`);
  }
  const parsed = WrapperSchema.safeParse(json);
  if (!parsed.success) throw new BackfillError('The Stack Exchange API answered in an unexpected shape. Nothing was imported.');
  const wrapper = parsed.data;
  if (wrapper.error_id !== undefined || status >= 400) {
    const detail = plainTitle(wrapper.error_message) || `HTTP ${status}`;
    if (wrapper.error_name === 'throttle_violation' || wrapper.error_id === 502) {
      throw new BackfillError(`Stack Exchange is limiting requests from your address: ${detail}. Try again later; nothing was imported.`);
    }
    if (wrapper.error_name === 'bad_parameter' && /site/i.test(detail)) {
      throw new BackfillError(`Stack Exchange does not know that site (${detail}). Use its address, e.g. superuser.com or unix.stackexchange.com.`);
    }
    throw new BackfillError(`Stack Exchange refused the request (${wrapper.error_name ?? status}): ${detail}.`);
  }
  return wrapper;
}

export function answersUrl(input: StackExchangeInput, year: number, page: number): string {
  const { start, end } = yearBounds(year);
  const params = new URLSearchParams({
    site: input.host,
    fromdate: String(start.getTime() / 1000),
    todate: String(end.getTime() / 1000 - 1),
    sort: 'creation',
    order: 'desc',
    page: String(page),
    pagesize: '100',
    // A built-in filter: the default fields plus the answer's body, for the excerpt.
    filter: 'withbody',
  });
  return `${API}/users/${input.userId}/answers?${params}`;
}

export function questionsUrl(input: StackExchangeInput, ids: readonly number[]): string {
  const params = new URLSearchParams({ site: input.host, pagesize: '100' });
  return `${API}/questions/${ids.join(';')}?${params}`;
}

/** API answers and question titles → drafts. Pure. */
export function answerDrafts(
  answers: readonly unknown[],
  questions: ReadonlyMap<number, string>,
  input: StackExchangeInput,
  year: number,
): Collected {
  const out: Collected = { drafts: [], rejected: [], otherYears: 0, warnings: [] };
  for (const raw of answers) {
    const parsed = AnswerSchema.safeParse(raw);
    if (!parsed.success) {
      out.rejected.push({ title: 'An answer', reason: 'The API returned it without an id, date or score.' });
      continue;
    }
    const answer = parsed.data;
    const url = `https://${input.host}/a/${answer.answer_id}`;
    const publishedAt = new Date(answer.creation_date * 1000).toISOString();
    if (!inYear(publishedAt, year)) {
      out.otherYears += 1;
      continue;
    }
    if (answer.owner?.user_id !== undefined && String(answer.owner.user_id) !== input.userId) {
      out.rejected.push({ title: `Answer ${answer.answer_id}`, url, reason: 'It belongs to another user.' });
      continue;
    }
    const title = questions.get(answer.question_id);
    if (!title) {
      out.rejected.push({ title: `Answer ${answer.answer_id}`, url, reason: 'Its question is no longer available (deleted or hidden).' });
      continue;
    }
    const draft: Draft = {
      kind: 'forum-answer',
      platform: 'stack-exchange',
      url,
      contextUrl: `https://${input.host}/questions/${answer.question_id}`,
      contextTitle: title,
      title,
      excerpt: excerptOfHtml(answer.body),
      publishedAt,
      author: plainTitle(answer.owner?.display_name) || undefined,
      own: true,
      source: 'backfill',
      metrics: { votes: answer.score, accepted: answer.is_accepted },
    };
    out.drafts.push(draft);
  }
  return out;
}

async function call(url: string, ctx: SourceContext): Promise<Wrapper> {
  const response = await ctx.get(url, 'application/json');
  const wrapper = parseWrapper(response.status, await response.text());
  // "If an application receives a response with the backoff field set, it must wait that many
  // seconds before hitting the same method again."
  if (wrapper.backoff) {
    ctx.progress(`Stack Exchange asked to wait ${wrapper.backoff} s before the next request…`);
    await ctx.wait(wrapper.backoff);
  }
  return wrapper;
}

function checkQuota(wrapper: Wrapper, moreToCome: boolean) {
  if (moreToCome && wrapper.quota_remaining === 0) {
    throw new BackfillError('The Stack Exchange API’s daily quota for your address is used up. Try again tomorrow; nothing was imported.');
  }
}

export async function collectStackExchange(input: StackExchangeInput, ctx: SourceContext): Promise<Collected> {
  const answers: unknown[] = [];
  let page = 1;
  for (;;) {
    const wrapper = await call(answersUrl(input, ctx.year, page), ctx);
    answers.push(...wrapper.items);
    ctx.progress(`Read page ${page} of your answers on ${input.host}`, answers.length);
    checkQuota(wrapper, wrapper.has_more);
    if (!wrapper.has_more) break;
    if (page >= MAX_PAGES) throw new BackfillError(`More than ${MAX_PAGES * 100} answers in ${ctx.year}: that is beyond what the anonymous API allows in one go.`);
    page += 1;
  }

  const ids = [...new Set(answers.flatMap((answer) => (AnswerSchema.safeParse(answer).data?.question_id ?? [])))];
  const titles = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 100) {
    const wrapper = await call(questionsUrl(input, ids.slice(i, i + 100)), ctx);
    for (const item of wrapper.items) {
      const question = QuestionSchema.safeParse(item);
      if (question.success) titles.set(question.data.question_id, plainTitle(question.data.title));
    }
    ctx.progress(`Read the titles of ${Math.min(i + 100, ids.length)} of ${ids.length} questions`, answers.length);
    checkQuota(wrapper, i + 100 < ids.length);
  }
  return answerDrafts(answers, titles, input, ctx.year);
}
