import type { TrackerDb } from './database';
import { ContributionSchema, type Contribution, type ParsedCaptureDraft, type ParsedDraft } from '../schema/contribution';
import type { SaveStatus } from '../schema/messages';

/** The outcome of storing a draft that may create an entry. */
export interface Stored {
  id: string;
  status: Exclude<SaveStatus, 'not-tracked'>;
}
/** An update of a published post (`refreshOnly`) that matches no entry stores nothing and has no id. */
export type SaveResult = Stored | { id?: undefined; status: 'not-tracked' };
/** A draft that is not an update: storing it always yields an entry. */
type CreatingDraft = ParsedDraft & { refreshOnly?: never };
import { canonicalize } from '../sites';
import { loadSettings } from '../settings';
import type { UserSite } from '../schema/settings';

/**
 * The sites the user added: their links get their family's URL rules (a Discourse forum's /t/ posts).
 * Unreadable settings leave only the built-in sites' rules, never a failed save.
 */
const addedSites = (): Promise<readonly UserSite[]> => loadSettings().then((settings) => settings.userSites, () => []);

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function metricsChanged(before: Contribution['metrics'], after: ParsedDraft['metrics']): boolean {
  if (!after) return false;
  return Object.entries(after).some(
    ([key, value]) => value !== undefined && before?.[key as keyof typeof before] !== value,
  );
}

/** What a draft needs before its transaction opens: hashing is not an IndexedDB operation. */
interface PreparedDraft {
  draft: ParsedCaptureDraft;
  url: string;
  contextUrl?: string;
  textSha256: string;
}

async function prepare(draft: ParsedCaptureDraft, userSites: readonly UserSite[]): Promise<PreparedDraft> {
  return {
    draft,
    url: canonicalize(draft.url, userSites),
    contextUrl: draft.contextUrl ? canonicalize(draft.contextUrl, userSites) : undefined,
    textSha256: await sha256Hex(draft.text ?? `${draft.title}\n${draft.excerpt}`),
  };
}

/** Runs inside a transaction on `contributions`: awaits nothing but the database. */
async function store(db: TrackerDb, prepared: PreparedDraft, asOf: string): Promise<SaveResult> {
  const { draft, url, contextUrl, textSha256 } = prepared;
  const existing = await db.contributions.where('url').equals(url).first();
  if (existing && draft.refreshOnly) return refresh(db, existing, prepared, asOf);
  if (!existing && draft.refreshOnly) return { status: 'not-tracked' };
  if (existing) {
    // A page may show the same URL with other words: saving again refreshes its counts only (see refresh()).
    if (!metricsChanged(existing.metrics, draft.metrics)) return { id: existing.id, status: 'duplicate' as const };
    await db.contributions.update(existing.id, { metrics: { ...existing.metrics, ...stripUndefined(draft.metrics), asOf } });
    return { id: existing.id, status: 'updated' as const };
  }
  const record = ContributionSchema.parse({
    id: crypto.randomUUID(),
    kind: draft.kind,
    platform: draft.platform,
    url,
    contextUrl,
    contextTitle: draft.contextTitle,
    title: draft.title,
    excerpt: draft.excerpt,
    publishedAt: draft.publishedAt ?? asOf,
    capturedAt: asOf,
    source: draft.source,
    author: draft.author,
    own: draft.own,
    metrics: draft.metrics ? { ...stripUndefined(draft.metrics), asOf } : undefined,
    evidence: { textSha256 },
    tags: draft.tags ?? [],
    ...(draft.event ? { event: draft.event } : {}),
  });
  await db.contributions.add(record);
  return { id: record.id, status: 'created' as const };
}

/**
 * Stores a validated draft. The canonical URL is the key: saving the same post again refreshes
 * its metrics (with a new as-of date) and keeps the id and everything the user edited.
 */
export function saveDraft(db: TrackerDb, draft: CreatingDraft, now?: Date): Promise<Stored>;
/** A capture's draft: one marked `refreshOnly` (an update of a published post) never creates an entry. */
export function saveDraft(db: TrackerDb, draft: ParsedCaptureDraft, now?: Date): Promise<SaveResult>;
export async function saveDraft(db: TrackerDb, draft: ParsedCaptureDraft, now: Date = new Date()): Promise<SaveResult> {
  const prepared = await prepare(draft, await addedSites());
  return db.transaction('rw', db.contributions, () => store(db, prepared, now.toISOString()));
}

/**
 * The post was edited where it lives: its entry takes the new excerpt, evidence and counts, and keeps
 * its id, title, kind, dates, ownership and everything the user added. Those change only through the
 * user's own edit: a page, which shapes what we read, must not be able to rename an entry.
 */
async function refresh(db: TrackerDb, existing: Contribution, { draft, textSha256 }: PreparedDraft, asOf: string): Promise<Stored> {
  const changes: Partial<Contribution> = {};
  if (draft.excerpt && draft.excerpt !== existing.excerpt) changes.excerpt = draft.excerpt;
  if (textSha256 !== existing.evidence.textSha256) changes.evidence = { ...existing.evidence, textSha256 };
  if (metricsChanged(existing.metrics, draft.metrics)) changes.metrics = { ...existing.metrics, ...stripUndefined(draft.metrics), asOf };
  if (Object.keys(changes).length === 0) return { id: existing.id, status: 'duplicate' };
  await db.contributions.update(existing.id, changes);
  return { id: existing.id, status: 'updated' };
}

/**
 * Stores many drafts with the same dedupe as `saveDraft`, in ONE transaction: a failure stores
 * none of them (backfill and import are all-or-nothing). Results are in the drafts' order.
 */
export async function saveDrafts(
  db: TrackerDb,
  drafts: readonly CreatingDraft[],
  now: Date = new Date(),
): Promise<Stored[]> {
  const userSites = await addedSites();
  const prepared = await Promise.all(drafts.map((draft) => prepare(draft, userSites)));
  const asOf = now.toISOString();
  return db.transaction('rw', db.contributions, async () => {
    const results: Stored[] = [];
    // Without refreshOnly, store() always ends with an entry.
    for (const item of prepared) results.push((await store(db, item, asOf)) as Stored);
    return results;
  });
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function findByUrl(db: TrackerDb, rawUrl: string): Promise<Contribution | undefined> {
  return db.contributions.where('url').equals(canonicalize(rawUrl, await addedSites())).first();
}

export async function deleteContribution(db: TrackerDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.contributions, db.screenshots, async () => {
    const existed = (await db.contributions.get(id)) !== undefined;
    await db.contributions.delete(id);
    await db.screenshots.where('contributionId').equals(id).delete();
    return existed;
  });
}
