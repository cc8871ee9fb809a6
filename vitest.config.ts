import { defineConfig } from 'vitest/config';

// Four tiers: pure unit tests, use-case tests and HTTP integration tests on a fresh database per file, browser tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'usecase',
          include: ['test/usecases/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Generous: a browser step on a loaded 2-core CI machine can take ten times what it takes on a quiet one.
          testTimeout: 150_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A page under a loaded CI machine can take seconds to show what the server already wrote.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
