/** Deployment settings from the environment (see README: SITE_URL, BASE_PATH). */
import { normaliseBase } from './routes.ts';

export const DEFAULT_SITE_URL = 'https://on-the-table.example';

export function siteSettings(env: Record<string, string | undefined> = process.env) {
  return {
    site: (env.SITE_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, ''),
    base: normaliseBase(env.BASE_PATH),
  };
}
