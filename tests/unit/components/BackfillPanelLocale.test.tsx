import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackfillPanel } from '../../../components/BackfillPanel';
import { TrackerDb } from '../../../lib/db/database';
import { serveLocale } from '../../helpers/i18n';

afterEach(cleanup);

describe('the year import in German', () => {
  it('names its sources, fields and hints from the German messages; the examples stay addresses', async () => {
    serveLocale('de');
    const db = new TrackerDb('locale-backfill');
    const permissions = { contains: vi.fn(async () => true), request: vi.fn(async () => true), remove: vi.fn(async () => true) };
    render(<BackfillPanel db={db} now={new Date('2026-11-22T12:00:00Z')} permissions={permissions} fetch={vi.fn()} sleep={async () => undefined} />);
    expect(screen.getByRole('radio', { name: 'RSS- oder Atom-Feed eines Blogs' })).toBeTruthy();
    const feed = screen.getByLabelText('Feed-Adresse');
    expect(feed.getAttribute('placeholder')).toBe('https://example.com/feed');
    expect(screen.getByText(/^Übliche Adressen: WordPress: \/feed/)).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Vorträge auf Sessionize' }));
    expect(screen.getByRole('group', { name: 'Vorträge auf Sessionize' })).toBeTruthy();
    expect(screen.getByText(/^Schalten Sie auf Sessionize die öffentliche API/)).toBeTruthy();
    expect(screen.getByLabelText('Adresse der Speaker-API')).toBeTruthy();
  });
});
