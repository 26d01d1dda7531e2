/** Kept apart from the zod schema so that importing them does not pull the validator into a bundle. */
export const STORE_VERSION = 1;
export const STORAGE_KEY = 'stevedore-progress';
export const EXPORT_FORMAT = 'stevedore-progress';
