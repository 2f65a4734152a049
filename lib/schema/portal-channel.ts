import { z } from 'zod';
import { ApplyFillPlanSchema, CollectedFormSchema, FillOutcomeSchema, FillStepSchema } from './autofill';
import './jitless';

/**
 * The port between the portal panel (an extension frame) and the portal content script (the
 * page's form): each request by its `op`, the answer each op gets, and the events the page sends
 * unasked. Both ends import these as types only, so zod stays out of their bundles; the background
 * parses the form the panel passes on (planPortalFill) before it plans anything.
 */
const id = z.number().int();

export const FillResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  status: z.enum(['filled', 'same', 'kept', 'locked', 'failed', 'missing']),
  detail: z.string().optional(),
});
export type FillResult = z.infer<typeof FillResultSchema>;

export const PanelRequestSchema = z.discriminatedUnion('op', [
  /** Read the form: `again` after a fill, to find the fields a choice revealed (keys stay stable). */
  z.object({ id, op: z.literal('look'), again: z.boolean() }),
  z.object({ id, op: z.literal('fill'), steps: z.array(FillStepSchema), replace: z.array(z.string()) }),
  /** Watch the filled form for the portal's "saved"; `title` is the filled title. */
  z.object({ id, op: z.literal('watch'), saved: z.array(z.string()), title: z.string().optional() }),
  /** The panel's size: the frame takes it (within the window), so it covers no more of the page. */
  z.object({ id, op: z.literal('size'), width: z.number(), height: z.number() }),
  /** The panel's answer to an `apply` it was sent. */
  z.object({ id, op: z.literal('applied'), outcome: FillOutcomeSchema }),
  /** The person closed the panel: the page hides the frame (keeping it and this port) and shows its launcher. */
  z.object({ id, op: z.literal('closed') }),
]);
export type PanelRequest = z.input<typeof PanelRequestSchema>;
export type PanelOp = PanelRequest['op'];

/** What each op answers when it worked. */
export const PanelAnswerSchemas = {
  look: z.object({ form: CollectedFormSchema, fresh: z.array(z.string()).optional() }),
  fill: z.object({ results: z.array(FillResultSchema) }),
  watch: z.object({}),
  size: z.object({}),
  applied: z.object({}),
  closed: z.object({}),
} satisfies Record<PanelOp, z.ZodType>;
export type PanelAnswer<Op extends PanelOp> = z.infer<(typeof PanelAnswerSchemas)[Op]>;

const PanelFailureSchema = z.object({ id, ok: z.literal(false), error: z.string() });

/** The reply to a request of `op`: its answer, or why it failed. */
export type PanelReplyOf<Op extends PanelOp> = ({ id: number; ok: true } & PanelAnswer<Op>) | z.infer<typeof PanelFailureSchema>;

/** Any reply: `ok` and `id` first, the answer of its op after. */
export const PanelReplySchema = z.discriminatedUnion('ok', [z.looseObject({ id, ok: z.literal(true) }), PanelFailureSchema]);

/** Content script → panel, unasked: a person opened the panel from the page's launcher; the portal saved the watched form; the popup asked for a fill. */
export const PanelEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('open') }),
  z.object({ event: z.literal('saved') }),
  z.object({ event: z.literal('apply'), id, message: ApplyFillPlanSchema }),
]);
export type PanelEvent = z.infer<typeof PanelEventSchema>;
