/** What the core modules log through; `actions.ts` backs it with the runner's log. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}
