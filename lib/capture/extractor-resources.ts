/** A content script as the manifest lists it. */
interface ManifestContentScript {
  matches?: string[];
  js?: string[];
}

/** A manifest V3 web_accessible_resources entry (WXT writes the MV2 form for Firefox from it). */
export interface ExtractorResource {
  resources: string[];
  matches: string[];
  use_dynamic_url?: boolean;
}

/** Resources' match patterns name origins only: `https://*.example.com/questions/*` → `https://*.example.com/*`. */
const originOf = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');

/**
 * The extractor of each capture family (extract-<family>.js), accessible on the origins its content
 * script (content-scripts/capture-<family>.js) runs on. `dynamic`: Chrome's per-session address, so no
 * page can probe for the file or load it by a fixed address.
 */
export function extractorResources(scripts: readonly ManifestContentScript[], dynamic: boolean): ExtractorResource[] {
  return scripts.flatMap((script) => {
    const family = script.js?.map((file) => /^content-scripts\/capture-(.+)\.js$/.exec(file)?.[1]).find(Boolean);
    if (!family || !script.matches?.length) return [];
    return [{ resources: [`extract-${family}.js`], matches: [...new Set(script.matches.map(originOf))], ...(dynamic ? { use_dynamic_url: true } : {}) }];
  });
}
