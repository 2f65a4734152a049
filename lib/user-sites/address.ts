import { z } from 'zod';
import { UserSiteSchema } from '../schema/settings';

export interface AddressContext {
  /** Origins the user already added. */
  taken: readonly string[];
  /** Match patterns of the sites the extension supports out of the box. */
  builtIn: readonly string[];
}

/** Whether a match pattern's host part (`*`, `*.example.org`, `example.org`) covers `hostname`. */
function hostCovered(pattern: string, hostname: string): boolean {
  const host = pattern.match(/^[^:]+:\/\/([^/]+)/)?.[1];
  if (!host) return false;
  // A pattern for every host (a generic helper's) says nothing about this site being supported.
  if (host === '*') return false;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/**
 * What the user typed in "Add a site", as an https origin (`https://forum.example.org`). A bare host
 * gets https; a pasted topic URL keeps only its origin. Every refusal says what to type instead.
 */
export function siteAddressSchema({ taken, builtIn }: AddressContext) {
  return z
    .string()
    .trim()
    .min(1, 'Type the site’s address, for example https://forum.example.org.')
    .transform((raw, ctx) => {
      const refuse = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      let url: URL;
      try {
        url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:/]+:\d/.test(raw) ? raw : `https://${raw}`);
      } catch {
        return refuse(`“${raw}” is not a web address. Type it like https://forum.example.org.`);
      }
      if (url.protocol === 'http:') return refuse('Only https:// sites can be added: pages sent without encryption are not read.');
      if (url.protocol !== 'https:') return refuse(`“${raw}” is not a web address. Type it like https://forum.example.org.`);
      if (url.username || url.password) return refuse('Leave out any user name or password: type only the site’s address.');
      if (url.port) return refuse('Addresses with a port number (such as :8080) cannot be added.');
      if (!url.hostname.includes('.')) return refuse(`Type the full address with its domain, for example https://${url.hostname}.example.org.`);
      if (builtIn.some((pattern) => hostCovered(pattern, url.hostname))) {
        return refuse(`${url.hostname} is already supported: there is nothing to add.`);
      }
      if (taken.includes(url.origin)) return refuse(`${url.hostname} is already in your list.`);
      return url.origin;
    })
    .pipe(UserSiteSchema.shape.origin);
}

export type AddressResult = { ok: true; origin: string } | { ok: false; error: string };

export function parseSiteAddress(input: string, context: AddressContext): AddressResult {
  const parsed = siteAddressSchema(context).safeParse(input);
  return parsed.success ? { ok: true, origin: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? 'This address cannot be added.' };
}
