import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { BackfillReport } from '../../../components/BackfillReport';

afterEach(cleanup);

describe('BackfillReport', () => {
  it('lists the counts a source gave (pull requests per repository) beside the totals', () => {
    render(
      <BackfillReport
        year={2026}
        result={{ added: 3, updated: 0, duplicates: 0, rejected: [], otherYears: 0, warnings: [], counts: ['vmware/govmomi: 2 pull requests, 1 issue', 'MicrosoftDocs/azure-docs: 1 pull request'] }}
      />,
    );
    expect(within(screen.getByRole('list', { name: 'Counts' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'vmware/govmomi: 2 pull requests, 1 issue',
      'MicrosoftDocs/azure-docs: 1 pull request',
    ]);
  });

  it('shows no counts list when the source gave none', () => {
    render(<BackfillReport year={2026} result={{ added: 1, updated: 0, duplicates: 0, rejected: [], otherYears: 0, warnings: [], counts: [] }} />);
    expect(screen.queryByRole('list', { name: 'Counts' })).toBeNull();
  });
});
