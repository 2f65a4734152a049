import { describe, expect, expectTypeOf, it } from 'vitest';
import { PanelAnswerSchemas, PanelEventSchema, PanelReplySchema, PanelRequestSchema, type PanelAnswer } from '../../../lib/schema/portal-channel';

const field = { key: 'f0', widget: 'text', label: 'Title', required: true, locked: false, value: '' } as const;

describe('the portal panel ↔ page channel', () => {
  it('checks each answer by the op it answers', () => {
    expect(PanelAnswerSchemas.look.safeParse({ id: 1, ok: true, form: { fields: [field] } }).success).toBe(true);
    // A look that read no form, or a fill answered with a form, is not what was asked.
    expect(PanelAnswerSchemas.look.safeParse({ id: 1, ok: true, results: [] }).success).toBe(false);
    expect(PanelAnswerSchemas.fill.safeParse({ id: 2, ok: true, form: { fields: [field] } }).success).toBe(false);
    expect(PanelAnswerSchemas.fill.safeParse({ id: 2, ok: true, results: [{ key: 'f0', label: 'Title', status: 'filled' }] }).success).toBe(true);
    expect(PanelAnswerSchemas.fill.safeParse({ id: 2, ok: true, results: [{ key: 'f0', label: 'Title', status: 'pwned' }] }).success).toBe(false);
  });

  it('bounds what the page can send back', () => {
    const huge = { fields: Array.from({ length: 301 }, (_, index) => ({ ...field, key: `f${index}` })) };
    expect(PanelAnswerSchemas.look.safeParse({ form: huge }).success).toBe(false);
  });

  it('tells replies, failures and events apart', () => {
    expect(PanelReplySchema.parse({ id: 3, ok: false, error: 'The form was not read first.' })).toEqual({ id: 3, ok: false, error: 'The form was not read first.' });
    expect(PanelReplySchema.safeParse({ ok: true }).success).toBe(false);
    expect(PanelEventSchema.safeParse({ event: 'saved' }).success).toBe(true);
    expect(PanelEventSchema.safeParse({ event: 'apply', id: 1, message: { type: 'applyFillPlan', programId: 'mvp', itemKey: 'k' } }).success).toBe(true);
    expect(PanelEventSchema.safeParse({ event: 'apply', id: 1, message: { type: 'deleteContribution', id: 'x' } }).success).toBe(false);
    expect(PanelRequestSchema.safeParse({ id: 4, op: 'size', width: 300, height: 200 }).success).toBe(true);
    expect(PanelRequestSchema.safeParse({ id: 4, op: 'submit' }).success).toBe(false);
  });

  it('types each answer by its op (checked by the typecheck)', () => {
    expectTypeOf<PanelAnswer<'look'>>().toHaveProperty('form');
    expectTypeOf<PanelAnswer<'fill'>>().toHaveProperty('results');
    expectTypeOf<PanelAnswer<'fill'>>().not.toHaveProperty('form');
  });
});
