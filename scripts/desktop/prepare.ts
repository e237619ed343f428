/**
 * Runs before `npm start`, `npm run dev` and `npm run dist` (see prerequisites.ts). Ends the
 * command with one sentence and a non-zero exit when a piece cannot be had.
 */
import { prepareDesktop } from './prerequisites'
import { runSetupStep } from './refusal'

void runSetupStep(async () => {
  await prepareDesktop()
})
