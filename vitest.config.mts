import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { viteAliases } from './scripts/aliases.mts'

/**
 * expect.poll waits on real work (an SMTP exchange, a SQLite commit) that a loaded machine can
 * slow far past vitest's default second; a poll still ends the moment its condition holds.
 */
const expect = { poll: { timeout: 10_000 } }
const resolve = { alias: viteAliases() }

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'node',
          expect,
          environment: 'node',
          include: [
            'src/{main,engine,hosting,preload,shared,host}/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/build/**/*.test.ts',
            'test/chaos/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        resolve,
        test: {
          name: 'dom',
          expect,
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/src/test/setup.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          expect,
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
