/** Kept apart from the zod schema so that importing them does not pull the validator into a bundle. */
/**
 * 1: lesson progress. 2: adds quiz attempts, review cards and answer history. 3: adds the reading
 * position per lesson (see MIGRATIONS).
 */
export const STORE_VERSION = 3;
export const STORAGE_KEY = 'stevedore-progress';
export const EXPORT_FORMAT = 'stevedore-progress';
