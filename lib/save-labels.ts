import { t } from './i18n';

/**
 * The Save buttons' words, by the English label an adapter names (lib/adapters/define.ts `saveLabel`),
 * shown in the browser's language. An adapter can name only a label listed here.
 */
const SAVE_LABELS = {
  'Save answer': () => t('saveButtonAnswer'),
  'Save comment': () => t('saveButtonComment'),
  'Save episode': () => t('saveButtonEpisode'),
  'Save event': () => t('saveButtonEvent'),
  'Save post': () => t('saveButtonPost'),
  'Save reply': () => t('saveButtonReply'),
  'Save talk': () => t('saveButtonTalk'),
  'Save to contributions': () => t('saveButtonContributions'),
  'Save video': () => t('saveButtonVideo'),
} as const;

export type SaveLabel = keyof typeof SAVE_LABELS;

export const saveLabelText = (label: SaveLabel): string => SAVE_LABELS[label]();
