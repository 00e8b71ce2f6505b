// `quire team serve` in the foreground: runs until SIGINT or SIGTERM, then stores every open
// document and closes the store.
import { startTeamServer, type TeamServerOptions } from './server';

export async function serveUntilSignal(options: TeamServerOptions, listening: (url: string) => void): Promise<void> {
  const server = await startTeamServer(options);
  listening(server.url);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await options.store.close();
}
