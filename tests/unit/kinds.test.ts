import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../lib/kinds';
import { KINDS } from '../../lib/schema/contribution';

describe('KIND_LIST', () => {
  it('is every kind the schema allows, in the schema’s order', () => {
    expect(KIND_LIST).toEqual([...KINDS]);
  });
});
