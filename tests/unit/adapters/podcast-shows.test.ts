import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import applePodcasts from '../../../lib/adapters/apple-podcasts';
import type { ForumAdapter } from '../../../lib/adapters/define';
import spotify from '../../../lib/adapters/spotify';
import { withStoredHandle } from '../../../lib/capture/handles';
import { FIXTURES_DIR, loadDocument } from '../../helpers/fixtures';

/** An episode page read with the handle the user set for the site (their show's name). */
function ownership(adapter: ForumAdapter, file: string, url: string, handle: string | undefined) {
  const doc = loadDocument(join(FIXTURES_DIR, adapter.site.id, file));
  return withStoredHandle(adapter, handle).extract(doc, new URL(url), doc.body)?.own;
}

describe('podcast episodes are the user’s by their show', () => {
  const SPOTIFY_OWN = 'https://open.spotify.com/episode/2hM7kLxExampleEpis9zQ4';
  const APPLE_OWN = 'https://podcasts.apple.com/us/podcast/ep-42-vsphere-9-lifecycle-with-dana-kowalski/id1712345678?i=1000712345678';

  it('takes an episode of the show set as the handle as the user’s', () => {
    expect(ownership(spotify, 'episode-own-show.html', SPOTIFY_OWN, 'Virtual Coffee Break')).toBe(true);
    expect(ownership(applePodcasts, 'episode-own-show.html', APPLE_OWN, 'virtual coffee break')).toBe(true);
  });

  it('takes no episode as the user’s without that handle, or of another show', () => {
    expect(ownership(spotify, 'episode-own-show.html', SPOTIFY_OWN, undefined)).toBe(false);
    expect(ownership(spotify, 'episode-other-show.html', 'https://open.spotify.com/episode/6tR1wQzExampleEpis3kV8', 'Virtual Coffee Break')).toBe(false);
    expect(
      ownership(applePodcasts, 'episode-other-show-2023.html', 'https://podcasts.apple.com/es/podcast/118-restore-drills-nobody-wants-to-run/id1698765432?i=1000698765432', 'Virtual Coffee Break'),
    ).toBe(false);
  });
});
