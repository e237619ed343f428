import { afterEach } from 'vitest'

/** Things to undo after each test, last registered first (an engine before its server). */
export function useCleanups(): (cleanup: () => Promise<void> | void) => void {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  return (cleanup) => void cleanups.push(cleanup)
}
