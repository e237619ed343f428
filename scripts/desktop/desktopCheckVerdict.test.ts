import { describe, expect, it } from 'vitest'
import type { DesktopCheckReport } from '@main/desktopCheck'
import { desktopCheckFailures, type DesktopCheckExpectation } from './desktopCheckVerdict'

const expected: DesktopCheckExpectation = {
  electronVersion: '45.5.0',
  electronAbi: 150,
  dataDir: '/tmp/check/data',
  sqliteBinding: '/proj/node_modules/.outbox-native/better_sqlite3.node',
  exitCode: 0,
  schemaVersionOnDisk: 9,
}

const good: DesktopCheckReport = {
  loadedUrl: 'app://outbox/index.html',
  answer: {
    ok: true,
    value: {
      host: 'electron',
      dataDir: '/tmp/check/data',
      sqliteVersion: '3.50.4',
      schemaVersion: 9,
    },
  },
  electronVersion: '45.5.0',
  runtimeAbi: '150',
  sqliteBinding: '/proj/node_modules/.outbox-native/better_sqlite3.node',
}

describe('desktopCheckFailures', () => {
  it('passes a window that loaded, answered and opened the database with the Electron build', () => {
    expect(desktopCheckFailures(good, expected)).toEqual([])
  })

  it('fails when no report was written', () => {
    expect(desktopCheckFailures(undefined, { ...expected, exitCode: 1 })).toEqual([
      'The app wrote no report (it exited with 1).',
    ])
  })

  it.each([
    ['an error in the app', { error: 'the window never loaded within 30 s' }, /never loaded/],
    ['another page', { loadedUrl: 'about:blank' }, /loaded about:blank/],
    ['another Electron', { electronVersion: '44.0.0' }, /Electron 44\.0\.0/],
    ['another ABI', { runtimeAbi: '115' }, /ABI is 115/],
    [
      'another SQLite module',
      { sqliteBinding: '/proj/node_modules/better-sqlite3/build/Release/better_sqlite3.node' },
      /not the Electron build/,
    ],
    ['an error envelope', { answer: { ok: false, error: { code: 'internal' } } }, /answered/],
    [
      'the browser host',
      {
        answer: {
          ok: true,
          value: { ...(good.answer as { value: object }).value, host: 'browser' },
        },
      },
      /host is browser/,
    ],
    [
      'another data folder',
      {
        answer: {
          ok: true,
          value: {
            ...(good.answer as { value: object }).value,
            dataDir: '/home/anna/.config/Outbox',
          },
        },
      },
      /not the temporary folder/,
    ],
  ])('fails on %s', (_what, change, failure) => {
    const failures = desktopCheckFailures({ ...good, ...change } as DesktopCheckReport, expected)
    expect(failures.join('\n')).toMatch(failure)
  })

  it('fails when the database left on disk is not the one the app described, or the app crashed', () => {
    expect(desktopCheckFailures(good, { ...expected, schemaVersionOnDisk: undefined })).toEqual([
      'The database file holds schema nothing, the app said 9.',
    ])
    expect(desktopCheckFailures(good, { ...expected, exitCode: null })).toEqual([
      'The app exited with a signal.',
    ])
  })
})
