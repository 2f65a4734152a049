import { describe, expect, it } from 'vitest';
import { syncUserSiteScripts, type Registration, type ScriptRegistry } from '../../../lib/user-sites/sync';
import type { UserSite } from '../../../lib/schema/settings';

/** browser.scripting's registered scripts, in memory; refuses a duplicate id as Chrome does. */
function memoryRegistry(initial: { id: string; matches?: string[] }[] = []) {
  const scripts = new Map(initial.map((script) => [script.id, script as Registration]));
  const registry: ScriptRegistry = {
    async getRegisteredContentScripts() {
      return [...scripts.values()];
    },
    async registerContentScripts(list) {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    async unregisterContentScripts({ ids }) {
      for (const id of ids) scripts.delete(id);
    },
  };
  return { registry, scripts };
}

const site = (origin: string, adapter = 'discourse'): UserSite => ({ origin, adapter, addedAt: '2026-11-20T10:00:00.000Z' });

function deps(registry: ScriptRegistry, sites: UserSite[], granted: string[]) {
  return {
    registry,
    sites: async () => sites,
    granted: async (pattern: string) => granted.includes(pattern),
    families: ['discourse', 'wordpress'],
  };
}

describe('registering the content scripts of user-added sites', () => {
  it('registers one script per added site that has access, for that origin only', async () => {
    const { registry, scripts } = memoryRegistry();
    const result = await syncUserSiteScripts(
      deps(registry, [site('https://forum.example.org'), site('https://blog.example.com', 'wordpress')], ['https://forum.example.org/*', 'https://blog.example.com/*']),
    );
    expect(result.registered).toEqual(['user-site:discourse@https://forum.example.org', 'user-site:wordpress@https://blog.example.com']);
    expect(scripts.get('user-site:discourse@https://forum.example.org')).toEqual({
      id: 'user-site:discourse@https://forum.example.org',
      matches: ['https://forum.example.org/*'],
      js: ['content-scripts/user-sites.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('registers nothing for a site whose access was refused or revoked, and drops its old script', async () => {
    const { registry, scripts } = memoryRegistry([{ id: 'user-site:discourse@https://forum.example.org', matches: ['https://forum.example.org/*'] }]);
    const result = await syncUserSiteScripts(deps(registry, [site('https://forum.example.org')], []));
    expect(result).toEqual({ registered: [], unregistered: ['user-site:discourse@https://forum.example.org'] });
    expect(scripts.size).toBe(0);
  });

  it('unregisters the script of a removed site and leaves scripts that are not ours alone', async () => {
    const { registry, scripts } = memoryRegistry([
      { id: 'user-site:discourse@https://old.example.org' },
      { id: 'someone-elses-script' },
    ]);
    await syncUserSiteScripts(deps(registry, [], []));
    expect([...scripts.keys()]).toEqual(['someone-elses-script']);
  });

  it('is idempotent: a second pass changes nothing', async () => {
    const { registry, scripts } = memoryRegistry();
    const input = deps(registry, [site('https://forum.example.org')], ['https://forum.example.org/*']);
    await syncUserSiteScripts(input);
    expect(await syncUserSiteScripts(input)).toEqual({ registered: [], unregistered: [] });
    expect(scripts.size).toBe(1);
  });

  it('gives no script to a site that names an adapter family the extension does not have', async () => {
    const { registry, scripts } = memoryRegistry();
    await syncUserSiteScripts(deps(registry, [site('https://forum.example.org', 'phpbb')], ['https://forum.example.org/*']));
    expect(scripts.size).toBe(0);
  });

  it('moves a site to another family by replacing its script', async () => {
    const { registry, scripts } = memoryRegistry([{ id: 'user-site:discourse@https://site.example.org' }]);
    await syncUserSiteScripts(deps(registry, [site('https://site.example.org', 'wordpress')], ['https://site.example.org/*']));
    expect([...scripts.keys()]).toEqual(['user-site:wordpress@https://site.example.org']);
  });
});
