import { vi } from 'vitest';

/**
 * Our injected UI uses closed shadow roots, which `host.shadowRoot` does not return. Tests keep the
 * roots as they are attached (a privilege pages do not have: their scripts live in another world).
 */
export function keepShadowRoots(): (host: Element | null) => ShadowRoot {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => {
    const root = host && roots.get(host);
    if (!root) throw new Error('no shadow root was attached to that element');
    return root;
  };
}
