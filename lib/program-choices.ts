import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { Choices } from './programs/define';

/** Values picked once per program for fields no entry can supply (technology area, audience). */
export const ProgramChoicesSchema = z.record(z.string(), z.record(z.string(), z.union([z.string().max(200), z.array(z.string().max(200)).max(20)])));
export const PROGRAM_CHOICES_KEY = 'programChoices';

export async function loadChoices(programId: string): Promise<Choices> {
  const parsed = ProgramChoicesSchema.safeParse((await browser.storage.local.get(PROGRAM_CHOICES_KEY))[PROGRAM_CHOICES_KEY] ?? {});
  return parsed.success ? (parsed.data[programId] ?? {}) : {};
}

export async function saveChoices(programId: string, choices: Choices): Promise<void> {
  const stored = ProgramChoicesSchema.safeParse((await browser.storage.local.get(PROGRAM_CHOICES_KEY))[PROGRAM_CHOICES_KEY] ?? {});
  const next = ProgramChoicesSchema.parse({ ...(stored.success ? stored.data : {}), [programId]: choices });
  await browser.storage.local.set({ [PROGRAM_CHOICES_KEY]: next });
}
