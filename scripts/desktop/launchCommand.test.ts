import { describe, expect, it } from 'vitest'
import { launchCommand } from './launchCommand'
import { SetupRefusal } from './refusal'

const linux = { platform: 'linux' as const, isRoot: false, hasXvfbRun: true }

describe('how check:desktop starts Electron', () => {
  it('runs it directly where there is a display', () => {
    expect(launchCommand('/e/electron', '/app', { ...linux, env: { DISPLAY: ':0' } })).toEqual({
      command: '/e/electron',
      args: ['/app'],
    })
    expect(
      launchCommand('/e/Electron', '/app', { ...linux, platform: 'darwin', env: {} }).command,
    ).toBe('/e/Electron')
  })

  it('runs it under xvfb-run on Linux without a display', () => {
    expect(launchCommand('/e/electron', '/app', { ...linux, env: {} })).toEqual({
      command: 'xvfb-run',
      args: ['-a', '/e/electron', '/app'],
    })
  })

  it('says to install xvfb when it is missing', () => {
    expect(() =>
      launchCommand('/e/electron', '/app', { ...linux, hasXvfbRun: false, env: {} }),
    ).toThrow(SetupRefusal)
    expect(() =>
      launchCommand('/e/electron', '/app', { ...linux, hasXvfbRun: false, env: {} }),
    ).toThrow(/apt-get install -y xvfb/)
  })

  it('turns Chromium’s OS sandbox off only for root, which Chromium refuses otherwise', () => {
    expect(
      launchCommand('/e/electron', '/app', { ...linux, isRoot: true, env: { DISPLAY: ':1' } }).args,
    ).toEqual(['/app', '--no-sandbox'])
  })
})
