import { adapters } from '.';

/** Display names of the platforms stored in entries. */
export const PLATFORM_NAMES: Record<string, string> = {
  generic: 'Web page',
  manual: 'Added by hand',
  ...Object.fromEntries(adapters.map((adapter) => [adapter.id, adapter.name])),
};
