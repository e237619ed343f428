/**
 * A desktop set-up step that cannot go on. Its message is the one sentence the user reads: what
 * is missing and what to do. The entry scripts print it without a stack trace and exit non-zero.
 */
export class SetupRefusal extends Error {
  override readonly name = 'SetupRefusal'
}

/** Runs an entry script's body: a refusal prints its sentence, anything else its stack. */
export async function runSetupStep(body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    if (error instanceof SetupRefusal) console.error(`\n${error.message}\n`)
    else console.error(error)
    process.exitCode = 1
  }
}
