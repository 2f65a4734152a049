import { feedSource } from './feed';
import { gitHubSource } from './github';
import { stackExchangeSource } from './stack-exchange';
import type { BackfillSource } from './types';
import { youTubeSource } from './youtube';

/** Where a year can be imported from, in the order the dashboard offers them. */
export const backfillSources = [feedSource, stackExchangeSource, youTubeSource, gitHubSource] as readonly BackfillSource[];
