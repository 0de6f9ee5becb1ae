import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // End-to-end runs mostly wait on the emulator's clock: run many at once.
    maxConcurrency: 12,
  },
});
