/**
 * Installers (`npm run dist`, on the target OS): AppImage + deb, NSIS, dmg. See docs/desktop.md.
 *
 * better-sqlite3 for Electron's ABI is built by scripts/desktop/prepare.ts (run by `predist`)
 * and shipped as an extra resource beside app.asar, where src/main/native.ts looks for it;
 * electron-builder never rebuilds node_modules, so packaging cannot touch the Node build the
 * tests use. That binary is built for the arch of the machine that runs `npm run dist`, so
 * every target here builds for that arch only.
 * @type {import('electron-builder').Configuration}
 */

// The publisher's address and web page: deb packages require both (Maintainer, Homepage).
// Replace them with your own before publishing installers.
const PUBLISHER = {
  name: 'Outbox',
  email: 'outbox@example.com',
  homepage: 'https://example.com/outbox',
}

const DESCRIPTION =
  'Outbox sends email campaigns from your own computer through your own SMTP account, ' +
  'with a durable send queue that never loses a recipient and resumes after a restart.'

module.exports = {
  appId: 'app.outbox.desktop',
  productName: 'Outbox',
  copyright: `Copyright © 2026 ${PUBLISHER.name}`,
  extraMetadata: { homepage: PUBLISHER.homepage },
  directories: { buildResources: 'build', output: 'dist' },

  // The built app only: no sources, no tests, no source maps. Production dependencies are
  // added by electron-builder; better-sqlite3's own Node build and sources are left out.
  files: [
    'out/**',
    '!out/**/*.map',
    'package.json',
    '!node_modules/better-sqlite3/{build,deps,src,docs}/**',
  ],
  asar: true,
  npmRebuild: false,
  // Beside app.asar, as real files: SQLite built for Electron (native.ts opens
  // <resources>/native/better_sqlite3.node), and the window and tray icons, which the OS is
  // handed by path (<resources>/tray.png, trayTemplate.png, trayTemplate@2x.png, icon.png).
  extraResources: [
    { from: 'node_modules/.outbox-native/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    { from: 'resources', to: '.', filter: ['*.png'] },
  ],

  // Flipped in the Electron binary before signing; docs/desktop.md says why each.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    // electron-builder computes app.asar's hashes itself and embeds them (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    // Flipping fuses breaks the binary's ad-hoc signature, and a build with no signing identity
    // is not signed again: Apple Silicon would refuse to start it. Harmless before a real one.
    resetAdHocDarwinSignature: true,
  },

  icon: 'build/icon.png',

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'outbox',
    category: 'Office',
    synopsis: 'Email campaigns through your own SMTP account',
    description: DESCRIPTION,
    maintainer: `${PUBLISHER.name} <${PUBLISHER.email}>`,
    vendor: PUBLISHER.name,
    desktop: { entry: { StartupWMClass: 'Outbox', Keywords: 'email;mail;campaign;smtp;' } },
  },

  win: { target: ['nsis'] },
  nsis: {
    // An assisted installer: installs for the current user by default (no admin rights),
    // lets the user pick the folder, and keeps the user's data when uninstalled.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Outbox',
    runAfterFinish: true,
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    // Required for notarization; electron-builder's default entitlements allow V8's JIT.
    // Signing and notarizing need the publisher's Apple certificate: see docs/desktop.md.
    hardenedRuntime: true,
    gatekeeperAssess: false,
  },
  dmg: { title: 'Outbox ${version}' },
}
