/**
 * The hand-over between a content script and a file of ours it imports on demand (an extractor, the
 * portal filler): the imported module runs in the content script's isolated world and leaves what it
 * provides on that world's global object, where the content script takes it after the import. The
 * page's own scripts run with another global object and never see it.
 */

/** A global's name, typed with what is handed over under it. */
export type Slot<T> = string & { readonly handedOver?: T };

const world = globalThis as unknown as Record<string, unknown>;

export function provide<T>(name: Slot<T>, value: NoInfer<T>): void {
  world[name] = value;
}

/** What the imported file provided; throws `missing` when it provided nothing (the import ran some other file). */
export function take<T>(name: Slot<T>, missing: string): T {
  if (world[name] === undefined) throw new Error(missing);
  return world[name] as T;
}
