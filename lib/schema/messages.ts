import { z } from 'zod';
import { CaptureDraftSchema, DraftSchema, KindSchema, LIMITS } from './contribution';
import { CollectedFormSchema, FillPlanSchema, PeriodChoiceSchema, PortalItemsSchema } from './autofill';

export const CaptureContributionSchema = z.object({
  type: z.literal('captureContribution'),
  /** Outbox key: retries of one capture carry the same id. */
  captureId: z.string().min(1).max(100),
  draft: CaptureDraftSchema,
  /**
   * The top frame's address as the capturing script reads it when sending. After an in-page move
   * (pushState) Firefox, without the tabs permission, reports only the address the document loaded at.
   */
  pageUrl: z.string().max(4096).optional(),
});

export const UndoCaptureSchema = z.object({
  type: z.literal('undoCapture'),
  id: z.string().min(1),
});

/** What the user corrected in the popup's preview before saving the page. */
export const PageCorrectionsSchema = z.object({
  kind: KindSchema.optional(),
  title: z.string().trim().min(1, 'a title is required').max(LIMITS.title).optional(),
});
export type PageCorrections = z.infer<typeof PageCorrectionsSchema>;

/** The window the popup shows in: its active tab is the page behind the popup. */
const PopupWindowSchema = z.number().int().nonnegative().optional();

/** Reads the active tab (structured data) without saving: the popup shows it for correction. */
export const PreviewCurrentPageSchema = z.object({
  type: z.literal('previewCurrentPage'),
  windowId: PopupWindowSchema,
});

export const SaveCurrentPageSchema = z.object({
  type: z.literal('saveCurrentPage'),
  corrections: PageCorrectionsSchema.optional(),
  windowId: PopupWindowSchema,
});

export const DeleteContributionSchema = z.object({
  type: z.literal('deleteContribution'),
  id: z.string().min(1),
});

/** A page nudges the background to store every pending outbox item, its own and other tabs' alike. */
export const RetryPendingCapturesSchema = z.object({
  type: z.literal('retryPendingCaptures'),
});

/** Portal autofill (lib/autofill): the program is the one whose portal the sending page is on. */
export const ListPortalItemsSchema = z.object({
  type: z.literal('listPortalItems'),
  period: PeriodChoiceSchema.optional(),
});

export const PlanPortalFillSchema = z.object({
  type: z.literal('planPortalFill'),
  itemKey: z.string().min(1).max(200),
  period: PeriodChoiceSchema.optional(),
  form: CollectedFormSchema,
});

/** The portal showed that what was filled is saved: mark those entries as submitted to the program. */
export const MarkPortalSubmittedSchema = z.object({
  type: z.literal('markPortalSubmitted'),
  itemKey: z.string().min(1).max(200),
  period: PeriodChoiceSchema.optional(),
  entryIds: z.array(z.string().min(1).max(200)).min(1).max(10_000),
});

export const MessageSchema = z.discriminatedUnion('type', [
  CaptureContributionSchema,
  UndoCaptureSchema,
  PreviewCurrentPageSchema,
  SaveCurrentPageSchema,
  DeleteContributionSchema,
  RetryPendingCapturesSchema,
  ListPortalItemsSchema,
  PlanPortalFillSchema,
  MarkPortalSubmittedSchema,
]);
export type Message = z.input<typeof MessageSchema>;
/** The message of one type, as sent. */
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** 'not-tracked': an update of a published post that is not among the entries, so nothing was stored. */
export const SaveStatusSchema = z.enum(['created', 'updated', 'duplicate', 'not-tracked']);
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

/** Every message may be refused or fail; the refusal has the same shape whatever was asked. */
export const FailureSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  /** True when the failure may pass (storage busy, worker stopped): the outbox keeps the item. */
  retry: z.boolean().default(false),
});
export type Failure = z.input<typeof FailureSchema>;

/** A reply: `answer`'s fields when it worked, the failure otherwise; `ok` tells which. */
const replyOf = <Shape extends z.ZodRawShape>(answer: Shape) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...answer }), FailureSchema]);

/** What was stored: the entry's id, except for an update of a post that is not among the entries. */
const stored = { id: z.string().optional(), status: SaveStatusSchema };

/**
 * The reply to each message, by its type: `sendMessage(m)` returns the reply of `m.type`, and the
 * background's handler for that type must return it. A new message type does not compile until it has one.
 */
export const ReplySchemas = {
  captureContribution: replyOf(stored),
  /** `id` is absent when there was nothing left to remove. */
  undoCapture: replyOf({ id: z.string().optional() }),
  /** What the page would be saved as, its captured text left out. */
  previewCurrentPage: replyOf({ draft: DraftSchema.omit({ text: true }) }),
  saveCurrentPage: replyOf(stored),
  deleteContribution: replyOf({ id: z.string() }),
  retryPendingCaptures: replyOf({}),
  /** What the portal's panel can offer. */
  listPortalItems: replyOf({ portal: PortalItemsSchema }),
  /** What to write where. */
  planPortalFill: replyOf({ fill: FillPlanSchema }),
  /** How many entries were marked. */
  markPortalSubmitted: replyOf({ marked: z.number().int() }),
} satisfies Record<Message['type'], z.ZodType>;

/** The reply to a message of type `T`, as the background writes it. */
export type ReplyOf<T extends Message['type']> = z.input<(typeof ReplySchemas)[T]>;
/** Any reply: what the transport carries before the message type is known. */
export type AnyReply = ReplyOf<Message['type']>;
