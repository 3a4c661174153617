// A port on 127.0.0.1 that nothing listens on: for a server a test starts itself (the bot in HTTP
// mode, a PostgreSQL) or for one that must be missing. The OS picks it; the listener is closed again
// before the port is handed out, so it is free, though not reserved.
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}
