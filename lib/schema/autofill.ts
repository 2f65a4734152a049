import { z } from 'zod';
import './jitless';

/**
 * Portal autofill: what the content script reads from the live form (untrusted: it comes from a web
 * page) and the fill plan the background answers with. Bounds keep a hostile page from sending
 * megabytes; real application forms have a few dozen fields.
 */
const text = (max: number) => z.string().max(max);

export const WIDGETS = [
  'text', // input of a text-like type (text, url, email, search, tel)
  'textarea',
  'number',
  'date', // input type=date (or datetime-local, month)
  'select',
  'select-multiple',
  'checkbox', // one checkbox: a yes/no field
  'checkboxes', // a group of checkboxes: several of a list
  'radios', // a group of radio buttons: one of a list
  'combobox', // role=combobox with a listbox: one of a list
  'combobox-multiple', // the same with several picks, shown as chips
  'date-picker', // a read-only box whose day is picked in a calendar (typing is refused)
] as const;
export const WidgetSchema = z.enum(WIDGETS);
export type Widget = z.infer<typeof WidgetSchema>;

export const FormOptionSchema = z.object({ label: text(500), value: text(500) });
export type FormOption = z.infer<typeof FormOptionSchema>;

export const CollectedFieldSchema = z.object({
  /** Our handle for the control while the page lives (`f0`, `f1`…); never sent anywhere else. */
  key: text(20),
  widget: WidgetSchema,
  /** The input's type attribute, for text-like inputs. */
  inputType: text(30).optional(),
  /** Text of label[for], a wrapping label, aria-labelledby or a group's legend. */
  label: text(500),
  ariaLabel: text(500).optional(),
  name: text(200).optional(),
  id: text(200).optional(),
  placeholder: text(200).optional(),
  /** Text of aria-describedby: often says which date format the field takes. */
  hint: text(500).optional(),
  pattern: text(200).optional(),
  required: z.boolean(),
  maxLength: z.number().int().positive().optional(),
  /** Disabled or read-only: reported, never written. */
  locked: z.boolean(),
  /** What the field holds now (the labels of what is picked, for choices). */
  value: z.union([text(20_000), z.array(text(500)).max(500)]),
  /** What the form offers now; absent when a combobox's list could not be read. */
  options: z.array(FormOptionSchema).max(2000).optional(),
  /** An editable combobox: its list may show only what matches the text typed, so `options` may be partial. */
  typeahead: z.boolean().optional(),
});
export type CollectedField = z.infer<typeof CollectedFieldSchema>;

export const CollectedFormSchema = z.object({
  fields: z.array(CollectedFieldSchema).max(300),
});
export type CollectedForm = z.infer<typeof CollectedFormSchema>;

/** One thing to write: which control, what value (an option's label for choices), and why. */
export const FillStepSchema = z.object({
  key: text(20),
  /** The program's field name (title, activityTypeName, blogging.list…). */
  name: text(200),
  /** The form's label for the control, as shown in the preview and report. */
  label: text(500),
  widget: WidgetSchema,
  value: z.union([z.string(), z.array(z.string())]),
  /** For comboboxes whose list was not readable: values to look for once the list opens. */
  candidates: z.array(z.string()).optional(),
  /** The control already holds something else: written only if the user says so. */
  occupied: z.boolean(),
  /** How the value was adapted to this form (an option's other name, a date format, a shorter limit). */
  note: z.string().optional(),
});
export type FillStep = z.infer<typeof FillStepSchema>;

export const FillPlanSchema = z.object({
  itemKey: z.string(),
  heading: z.string(),
  entryIds: z.array(z.string()),
  steps: z.array(FillStepSchema),
  /** The item's fields the form has no place for: shown so the user can copy them by hand. */
  unplaced: z.array(z.object({ name: z.string(), label: z.string(), value: z.string() })),
  warnings: z.array(z.string()),
  /** Patterns (RegExp sources, case-insensitive) of the portal's "saved" message. */
  saved: z.array(z.string()),
});
export type FillPlan = z.infer<typeof FillPlanSchema>;

export const PeriodChoiceSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});
export type PeriodChoice = z.infer<typeof PeriodChoiceSchema>;

/** What the in-page panel offers: the program's items for one period. */
export const PortalItemsSchema = z.object({
  programId: z.string(),
  programName: z.string(),
  periods: z.array(z.object({ id: z.string(), label: z.string(), from: z.string(), to: z.string() })),
  /** The period the items are for (`from` of one of `periods`). */
  period: z.string(),
  items: z.array(z.object({ key: z.string(), heading: z.string(), entries: z.number().int(), warnings: z.array(z.string()) })),
  warnings: z.array(z.string()),
});
export type PortalItems = z.infer<typeof PortalItemsSchema>;

/**
 * Popup → the portal tab's content script (tabs.sendMessage): fill this item now. The click on
 * the popup's button is the user's go-ahead; fields that hold text are still left alone.
 */
export const ApplyFillPlanSchema = z.object({
  type: z.literal('applyFillPlan'),
  programId: z.string().min(1).max(64),
  itemKey: z.string().min(1).max(200),
  period: PeriodChoiceSchema.optional(),
});
export type ApplyFillPlan = z.infer<typeof ApplyFillPlanSchema>;

/** The content script's answer to applyFillPlan. */
export const FillOutcomeSchema = z.object({
  ok: z.boolean(),
  filled: z.number().int().default(0),
  kept: z.number().int().default(0),
  failed: z.number().int().default(0),
  error: z.string().optional(),
});
export type FillOutcome = z.input<typeof FillOutcomeSchema>;
