/** Deployment settings from the environment (see README: SITE_URL, BASE_PATH). */
export const DEFAULT_SITE_URL = 'https://on-the-table.example';

/** `BASE_PATH` normalised to start and end with `/`. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteSettings(env: Record<string, string | undefined> = process.env) {
  return {
    site: (env.SITE_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, ''),
    base: normaliseBase(env.BASE_PATH),
  };
}
