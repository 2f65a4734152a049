/**
 * The shape of a program's portal rules (each program keeps its own in lib/programs/<id>/rules.ts):
 * the words that name each field (labels, then name/id attributes), other names the form has used
 * for a value, and the portal's "saved" message. A field no rule names is matched by its label alone.
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
