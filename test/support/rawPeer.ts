/** A raw TCP peer on 127.0.0.1 for byte-level SMTP faults; `onSocket` scripts the conversation. */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'

export async function rawPeer(
  cleanup: (undo: () => Promise<void>) => void,
  onSocket: (socket: Socket) => void,
): Promise<number> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    onSocket(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  )
  return (server.address() as AddressInfo).port
}
