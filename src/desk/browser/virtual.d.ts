declare module 'virtual:on-the-table/desk-config' {
  import type { DeskConfig } from '../config.ts';
  const config: DeskConfig;
  export default config;
}
