import { z } from 'zod';
import './jitless';

/** A site the user added at run time (a Discourse forum, a self-hosted blog), granted as an optional host. */
export const UserSiteSchema = z.object({
  /** `https://forum.example.org` — scheme and host only. */
  origin: z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i, 'must be an https origin such as https://forum.example.org'),
  /** Which adapter family serves it (an adapter id, e.g. "discourse", "wordpress", "ghost"). */
  adapter: z.string().min(1),
  addedAt: z.iso.datetime({ offset: true }),
});
export type UserSite = z.infer<typeof UserSiteSchema>;

/**
 * The user's Oracle ACE points per activity type (lib/programs/oracle-ace type ids), overriding the
 * published defaults in lib/programs/oracle-ace/points.ts; a type left out keeps its default.
 */
export const AcePointsSchema = z.record(z.string().min(1).max(64), z.number().int().min(0).max(1000));
export type AcePoints = z.infer<typeof AcePointsSchema>;

export const SettingsSchema = z.object({
  /** Adapter ids whose capture the user switched off. */
  disabledAdapters: z.array(z.string()).default([]),
  /** The user's handle per adapter id, learnt from pages and editable. */
  handles: z.record(z.string(), z.string().max(200)).default({}),
  userSites: z.array(UserSiteSchema).default([]),
  /** Screenshot of the visible tab on user-initiated saves. */
  screenshots: z.boolean().default(true),
  acePoints: AcePointsSchema.default({}),
});
export type Settings = z.output<typeof SettingsSchema>;

/** Each stored setting (lib/schema/settings-key.ts) parses alone, so a bad one falls back alone. */
export const SettingValueSchemas = {
  screenshots: z.boolean(),
  /** Present (true) when capture on that adapter is off. */
  disabled: z.literal(true),
  handle: z.string().trim().min(1).max(200),
  /** The site's origin is the key. */
  userSite: UserSiteSchema.omit({ origin: true }),
  acePoints: AcePointsSchema,
} as const;
