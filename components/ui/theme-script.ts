export const THEME_KEY = 'stevedore-theme';

/**
 * Runs before first paint (inlined in <head>) so a dark page never flashes light.
 * The theme lives in its own key, outside the store, because it must be read before React loads.
 * Where storage is blocked (reading localStorage throws), the system setting still applies.
 */
export const themeScript = `(function(){var t=null;try{t=localStorage.getItem('${THEME_KEY}');}catch(e){}try{var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;
