/** Starts the real browser host (`src/host/cli.ts`) in a child process on a temporary folder. */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface RunningHost {
  url: string
  origin: string
  token: string
  output: () => string
  stop(): Promise<void>
}

const root = join(__dirname, '..', '..', '..')
const URL_LINE = /open: (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/

export function startHost(dataDir: string, timeoutMs = 30_000): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/host/cli.ts'), '--data', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`The host did not print its URL within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(URL_LINE)
      if (!match) return
      clearTimeout(timer)
      const [, origin, token] = match as unknown as [string, string, string]
      resolve({ url: `${origin}/#token=${token}`, origin, token, output: () => output, stop })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The host exited with code ${code}:\n${output}`))
    })
  })
}
