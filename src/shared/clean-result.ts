// The core's data contracts, re-exported for the layers that must not import the core itself
// (the background has no DOM). Types only: nothing of the core's code is bundled through here.
export type {
  CleanArticle,
  CleanErrorCode,
  CleanResult,
  CoreSettings,
  RemovalCategory,
  RemovedItem,
} from '../core/types.js';
