import { describeStorageProblem, type StorageProblem } from './storage-problems';

/**
 * The last write the background could not make (a full disk, IndexedDB refusing), kept until a write
 * succeeds. It lives in storage.session: held in memory, so it can be written when the disk is full,
 * and readable by the extension's pages (popup, dashboard) but not by content scripts.
 */
export const WRITE_PROBLEM_KEY = 'writeProblem';

export interface WriteProblem extends StorageProblem {
  /** When it was seen last, ISO. */
  at: string;
}

/** The part of a storage area (browser.storage.session) this uses. */
export interface ProblemArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What the background tells after each attempt to store a capture. */
export interface WriteReporter {
  failed(error: unknown): Promise<void>;
  stored(): Promise<void>;
}

export function writeReporter(area: ProblemArea, now: () => Date = () => new Date()): WriteReporter {
  // A report must never turn a handled failure into an unhandled one.
  const quietly = (run: () => Promise<unknown>) => run().then(() => undefined, () => undefined);
  return {
    failed: (error) => quietly(() => area.set({ [WRITE_PROBLEM_KEY]: { ...describeStorageProblem(error), at: now().toISOString() } })),
    stored: () => quietly(async () => {
      if (WRITE_PROBLEM_KEY in (await area.get(WRITE_PROBLEM_KEY))) await area.remove(WRITE_PROBLEM_KEY);
    }),
  };
}

export async function currentWriteProblem(area: Pick<ProblemArea, 'get'>): Promise<WriteProblem | undefined> {
  const value = (await area.get(WRITE_PROBLEM_KEY).catch((): Record<string, unknown> => ({})))[WRITE_PROBLEM_KEY] as Partial<WriteProblem> | undefined;
  return value && typeof value.message === 'string' && typeof value.action === 'string' ? (value as WriteProblem) : undefined;
}

type ChangeEvent = {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
};

/** The standing problem for the badge and the pages, followed through browser.storage.onChanged. */
export function writeProblemSource(area: Pick<ProblemArea, 'get'>, onChanged: ChangeEvent) {
  return {
    current: () => currentWriteProblem(area),
    subscribe(listener: () => void): () => void {
      const onChange = (changes: Record<string, unknown>, name: string) => {
        if (name === 'session' && WRITE_PROBLEM_KEY in changes) listener();
      };
      onChanged.addListener(onChange);
      return () => onChanged.removeListener(onChange);
    },
  };
}
