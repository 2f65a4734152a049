import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import type { UserSite } from '../lib/schema/settings';
import { userSiteFamilies } from '../lib/user-sites/families';
import { addUserSite, allowUserSite, browserUserSitesApi, removeUserSite, type Outcome, type UserSitesApi } from '../lib/user-sites/manage';
import { sitePattern } from '../lib/user-sites/sites';

export interface UserSitesProps {
  api?: UserSitesApi;
}

const familyName = (id: string) => userSiteFamilies.find((family) => family.id === id)?.name ?? id;
const hostOf = (origin: string) => new URL(origin).hostname;

/** "Your own sites": add a forum or blog by address, see whether it has access, remove it. */
export function UserSites({ api = browserUserSitesApi }: UserSitesProps) {
  const [sites, setSites] = useState<UserSite[]>();
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const [address, setAddress] = useState('');
  const [family, setFamily] = useState(userSiteFamilies[0]?.id ?? '');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  async function refresh() {
    const list = await api.load();
    const granted = await Promise.all(list.map((site) => api.granted(sitePattern(site.origin)).catch(() => false)));
    setSites(list);
    setAccess(Object.fromEntries(list.map((site, index) => [site.origin, granted[index]!])));
  }

  useEffect(() => {
    void refresh();
  }, [api]);

  async function settle(pending: Promise<Outcome>) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await pending;
      setOutcome(result);
      if (result.ok) setAddress('');
    } catch (error) {
      setOutcome({ ok: false, error: t('sitesFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  function onAdd(event: FormEvent) {
    event.preventDefault();
    // Called straight from the submit: the browser shows its permission prompt only within the gesture.
    void settle(addUserSite(api, address, family, sites ?? []));
  }

  function onAllow(site: UserSite) {
    void settle(
      allowUserSite(api, site).then((granted): Outcome =>
        granted ? { ok: true, message: t('siteAccessAgain', hostOf(site.origin)) } : { ok: false, error: t('siteAccessRefused', hostOf(site.origin)) },
      ),
    );
  }

  return (
    <section className="user-sites" aria-labelledby="user-sites-heading">
      <h2 id="user-sites-heading">{t('sitesHeading')}</h2>
      <form onSubmit={onAdd}>
        <label>
          {t('siteAddress')}
          <input
            name="address"
            type="text"
            inputMode="url"
            autoComplete="url"
            placeholder="https://forum.example.org"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <label>
          {t('siteRunsOn')}
          <select name="family" value={family} onChange={(event) => setFamily(event.target.value)}>
            {userSiteFamilies.map((adapter) => (
              <option key={adapter.id} value={adapter.id}>
                {adapter.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || sites === undefined}>
          {t('siteAdd')}
        </button>
      </form>
      <p className="hint">{t('sitesHint')}</p>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'status' : 'status error'}>
          {outcome.ok ? outcome.message : outcome.error}
        </p>
      )}
      {sites && sites.length > 0 && (
        <ul aria-label={t('sitesList')} className="user-site-list">
          {sites.map((site) => (
            <li key={site.origin}>
              <span className="user-site-host">{hostOf(site.origin)}</span> <span className="user-site-family">{familyName(site.adapter)}</span>{' '}
              {access[site.origin] ? (
                <span className="user-site-state">{t('siteActive')}</span>
              ) : (
                <button type="button" onClick={() => onAllow(site)} disabled={busy}>
                  {t('siteAllow', hostOf(site.origin))}
                </button>
              )}{' '}
              <button type="button" onClick={() => void settle(removeUserSite(api, site.origin))} disabled={busy} aria-label={t('siteRemoveLabel', hostOf(site.origin))}>
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
