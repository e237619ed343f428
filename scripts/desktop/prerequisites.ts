/**
 * What the desktop app needs before it can start from a checkout: a Node that can run
 * Electron's tools, Electron's binary (fetched by Electron's own installer) and SQLite built
 * for Electron. Each missing piece is a SetupRefusal with one sentence saying what to do.
 */
import { ensureElectronBinary, readElectronPackage, type ElectronPackage } from './electronBinary'
import { checkNodeForElectron } from './nodeVersion'
import { electronPackageDir } from './paths'
import { ensureSqliteForElectron } from './sqliteForElectron'

export async function prepareDesktop(): Promise<{ electron: ElectronPackage; binary: string }> {
  const electron = readElectronPackage(electronPackageDir)
  checkNodeForElectron({
    nodeVersion: process.versions.node,
    electronVersion: electron.version,
    enginesNode: electron.enginesNode,
  })
  const binary = ensureElectronBinary(electron)
  await ensureSqliteForElectron(electron)
  return { electron, binary }
}
