/**
 * Installers (`npm run dist`). better-sqlite3 for Electron's ABI comes from
 * scripts/electron-native.mjs (run by `predist`) as an extra resource, and electron-builder is
 * told not to rebuild node_modules, so packaging never touches the Node build the tests use.
 * Completed by the packaging issue (icons, fuses, signing).
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'app.outbox.desktop',
  productName: 'Outbox',
  directories: { buildResources: 'build', output: 'dist' },
  files: ['out/**', 'package.json', '!node_modules/better-sqlite3/{build,deps,src}/**'],
  asar: true,
  npmRebuild: false,
  extraResources: [
    { from: 'node_modules/.outbox-native/better_sqlite3.node', to: 'native/better_sqlite3.node' },
  ],
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
}
