import { z } from 'zod';
import { ContributionSchema } from './contribution';

export const BACKUP_FORMAT = 'contribution-tracker-backup';
/** Raised when the backup's shape changes; an import refuses versions it does not know. */
export const BACKUP_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

/** A screenshot kept as evidence: an image as a data URL, never a link to anywhere. */
export const ScreenshotSchema = z.object({
  id: z.string().min(1).max(100),
  contributionId: z.string().min(1),
  takenAt: isoDate,
  dataUrl: z.string().regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, 'must be a base64 PNG, JPEG or WebP data URL'),
});

/** The envelope is checked first; each entry and screenshot is then checked on its own, so a report can say which one is wrong and why. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: 'this is not a Contribution Tracker backup' }),
  version: z.number().int().positive(),
  exportedAt: isoDate,
  entries: z.array(z.unknown()),
  screenshots: z.array(z.unknown()).default([]),
});

export const BackupSchema = BackupEnvelopeSchema.extend({
  version: z.literal(BACKUP_VERSION),
  entries: z.array(ContributionSchema),
  screenshots: z.array(ScreenshotSchema),
});
export type Backup = z.output<typeof BackupSchema>;
