/** The build steps as one integration: composed in the order their comments depend on. */
import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import onTheTable, { buildSteps } from '../../src/integrations/on-the-table.ts';

describe('onTheTable()', () => {
  it('runs the build steps in their order', () => {
    expect(buildSteps().map((step) => step.name)).toEqual([
      'on-the-table:compile-cache',
      'on-the-table:content-checks',
      'on-the-table:issue-colours',
      'on-the-table:search-index',
      'on-the-table:og-images',
      'on-the-table:deploy-files',
      'on-the-table:desk',
      'on-the-table:clear-output',
    ]);
  });

  it("adds them to the configuration when Astro sets it up", () => {
    const added: AstroIntegration[] = [];
    const setup = onTheTable().hooks['astro:config:setup'] as (options: { updateConfig: (config: { integrations: AstroIntegration[] }) => void }) => void;
    setup({ updateConfig: (config) => void added.push(...config.integrations) });
    expect(added.map((step) => step.name)).toEqual(buildSteps().map((step) => step.name));
  });
});
