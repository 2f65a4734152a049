/** The part of `browser.permissions` an import uses, origins given as match patterns. */
export interface HostPermissions {
  contains(origins: string[]): Promise<boolean>;
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

/**
 * Borrows host access for one import: asks for it inside the user's gesture, and afterwards gives
 * back what was not granted before (a user-added site keeps its access), so an import leaves the
 * extension with no more reach than it had.
 */
export function borrowHosts(permissions: HostPermissions, origins: string[]) {
  // Both calls start within the gesture; `contains` answers at once, before the prompt is answered.
  const before = Promise.all(origins.map((origin) => permissions.contains([origin]).catch(() => false)));
  const granted = permissions.request(origins).catch(() => false);
  return {
    granted,
    async giveBack(): Promise<void> {
      const had = await before;
      const borrowed = origins.filter((_, index) => !had[index]);
      if (borrowed.length > 0 && (await granted)) await permissions.remove(borrowed).catch(() => false);
    },
  };
}

/** Whether the extension may read `url` now (for a feed's next page on another host). */
export const allowedBy = (permissions: HostPermissions) => (url: string) =>
  permissions.contains([`${new URL(url).origin}/*`]).catch(() => false);
