import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/adapters';
import { programs } from '../../lib/programs';
import { EXTENSION_DIR } from './harness';

/**
 * The permissions of the BUILT extension, pinned. Changing one is a decision (a new warning at
 * install, a new reach into the user's browsing): update this list in the same change, on purpose,
 * and say why in wxt.config.ts and PRIVACY.md.
 */
const PINNED = {
  permissions: ['activeTab', 'contextMenus', 'scripting', 'storage'],
  host_permissions: [],
  // Granted one origin at a time, only when the user adds a site of their own or imports from a
  // source; nothing at install.
  optional_host_permissions: ['https://*/*'],
  optional_permissions: [],
};

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  background?: Record<string, unknown>;
  [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

/** A pattern for one named site: https only, a real host (a subdomain wildcard at most), never every site. */
const SITE_PATTERN = /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/;

describe('the built manifest', () => {
  it('asks for exactly the pinned permissions', () => {
    expect({
      permissions: sorted(manifest.permissions),
      host_permissions: sorted(manifest.host_permissions),
      optional_host_permissions: sorted(manifest.optional_host_permissions),
      optional_permissions: sorted(manifest.optional_permissions),
    }).toEqual(PINNED);
  });

  it('never reaches every site at install', () => {
    const everything = /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//;
    const installed = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches)];
    expect(installed.filter((pattern) => everything.test(pattern))).toEqual([]);
  });

  it('injects content scripts only on the sites the adapters and programs declare', () => {
    // A site's pages, and those of its own hosts its app moves to them from in place (navigatesFrom).
    const declared = new Set([...adapters.flatMap((adapter) => [...adapter.site.matches, ...(adapter.site.navigatesFrom ?? [])]), ...programs.flatMap((program) => program.portal?.matches ?? [])]);
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    const matches = scripts.flatMap((script) => script.matches);
    expect(matches.filter((pattern) => !declared.has(pattern))).toEqual([]);
    expect(matches.filter((pattern) => !SITE_PATTERN.test(pattern))).toEqual([]);
  });

  it('runs no remote or evaluated code and exposes only the portal panel and its filler to the portals and each capture family’s extractor to its own sites', () => {
    expect(manifest.manifest_version).toBe(3);
    // The default MV3 policy (script-src 'self') applies when the manifest sets none.
    expect(manifest.content_security_policy).toBeUndefined();
    // The portal panel is an extension frame on the programs' portal pages (lib/autofill/portal-main.ts).
    const exposed = (manifest.web_accessible_resources as { resources: string[]; matches: string[] }[]).map((entry) => ({ ...entry, matches: [...entry.matches].sort() }));
    // A capture family's extractor, imported by its content script on demand: on the origins that script runs on, at a per-session address.
    const origins = (patterns: string[]) => [...new Set(patterns.map((pattern) => `${new URL(pattern.replace('://*.', '://wildcard.')).origin.replace('://wildcard.', '://*.')}/*`))].sort();
    const families = (manifest.content_scripts ?? []).flatMap((script) => {
      const family = script.js?.[0]?.match(/^content-scripts\/capture-(.+)\.js$/)?.[1];
      return family ? [{ resources: [`extract-${family}.js`], matches: origins(script.matches ?? []), use_dynamic_url: true }] : [];
    });
    expect(families).toHaveLength(7);
    const portals = programs.flatMap((program) => program.portal?.matches ?? []).sort();
    // The portal filler, which the portal script imports on the panel's first request.
    expect(exposed).toEqual([
      { resources: ['portal-panel.html'], matches: portals },
      { resources: ['portal-filler.js'], matches: portals, use_dynamic_url: true },
      ...families,
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(Object.keys(manifest.background ?? {})).toEqual(['service_worker']);
    const code = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? [])];
    expect(code.filter((file) => typeof file !== 'string' || /^(https?:)?\/\//.test(file))).toEqual([]);
  });
});
