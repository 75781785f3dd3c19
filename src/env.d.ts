/** What a page hands its components: see src/lib/page-context.ts. */
declare namespace App {
  interface Locals {
    page?: import('./lib/page-list.ts').Page<import('./lib/load-site-data.ts').Entry>;
  }
}
