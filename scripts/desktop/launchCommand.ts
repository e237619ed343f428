/**
 * How check:desktop starts Electron on this machine: under `xvfb-run` on Linux when there is no
 * display, and with Chromium's OS sandbox off when run as root (Chromium refuses root otherwise;
 * the page's own sandbox and context isolation are unaffected).
 */
import { SetupRefusal } from './refusal'

export interface LaunchSituation {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  isRoot: boolean
  hasXvfbRun: boolean
}

export function launchCommand(
  electron: string,
  appDir: string,
  situation: LaunchSituation,
): { command: string; args: string[] } {
  const electronArgs = [appDir, ...(situation.isRoot ? ['--no-sandbox'] : [])]
  const needsDisplay =
    situation.platform === 'linux' && !situation.env.DISPLAY && !situation.env.WAYLAND_DISPLAY
  if (!needsDisplay) return { command: electron, args: electronArgs }
  if (!situation.hasXvfbRun) {
    throw new SetupRefusal(
      'This Linux session has no display and xvfb-run is not installed: install it ' +
        '(Debian/Ubuntu: `apt-get install -y xvfb`) and run `npm run check:desktop` again.',
    )
  }
  return { command: 'xvfb-run', args: ['-a', electron, ...electronArgs] }
}
