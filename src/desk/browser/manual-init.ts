/**
 * Runs before anything else the desk loads. Sveltia CMS starts itself on import unless told not
 * to: the desk starts it with the generated configuration instead. The Markdown pipeline's
 * modules read `process.env` (Astro's processor at import, `todayIso()` in the checks); the
 * browser has no `process`, so it gets an empty environment.
 */
const scope = globalThis as unknown as { CMS_MANUAL_INIT?: boolean; process?: { env: Record<string, string | undefined>; cwd(): string } };
scope.CMS_MANUAL_INIT = true;
scope.process ??= { env: {}, cwd: () => '/' };
export {};
