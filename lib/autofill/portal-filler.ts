import type { FillStep } from '../schema/autofill';
import type { PanelAnswer, PanelEvent } from '../schema/portal-channel';
import { createCollector, findFormRoot, probeOptions, type Collected } from './collect';
import { fillForm } from './fill';
import { watchSaved } from './saved-watch';

/**
 * What the portal script does to the page's form when the panel asks: read it, fill it, watch it for
 * the portal's "saved". Built as its own file (entrypoints/portal-filler.ts) and loaded by the portal
 * script on the panel's first request, so a portal page load evaluates none of it.
 */
export interface PortalFiller {
  look(again: boolean): Promise<PanelAnswer<'look'>>;
  fill(steps: readonly FillStep[], replace: readonly string[]): Promise<PanelAnswer<'fill'>>;
  watch(saved: readonly string[], title: string | undefined, post: (event: PanelEvent) => void): void;
  stop(): void;
}

export function createPortalFiller(doc: Document): PortalFiller {
  const collector = createCollector();
  let root: Element | undefined;
  let collected: Collected | undefined;
  let known = new Set<string>();
  let stopWatch: (() => void) | undefined;

  return {
    async look(again) {
      if (!again || !root?.isConnected) {
        root = findFormRoot(doc);
        collected = collector.collect(root);
        await probeOptions(collected);
        known = new Set(collected.controls.keys());
        return { form: collected.form };
      }
      const next = collector.collect(root);
      const fresh = next.form.fields.filter((field) => !known.has(field.key));
      await probeOptions({ form: { fields: fresh }, controls: next.controls });
      collected = next;
      known = new Set(next.controls.keys());
      return { form: next.form, fresh: fresh.map((field) => field.key) };
    },
    async fill(steps, replace) {
      if (!collected) throw new Error('The form was not read first.');
      return { results: await fillForm(collected.controls, steps, { replace: new Set(replace) }) };
    },
    watch(saved, title, post) {
      stopWatch?.();
      if (!root) return;
      stopWatch = watchSaved(doc, {
        root,
        patterns: saved.map((source) => new RegExp(source, 'i')),
        title: () => title,
        onSaved: () => {
          stopWatch = undefined;
          post({ event: 'saved' });
        },
      });
    },
    stop() {
      stopWatch?.();
      stopWatch = undefined;
    },
  };
}
