/** One I/O server and one undici Agent for a test file: started before its tests, closed after. */
import { after, before } from 'node:test';
import { Agent } from 'undici';
import type { RunningServer } from '../../servers/http-common.js';
import { startIoServer } from '../../servers/io-server.js';

export function useIoServer(): { agent: Agent; url: () => string } {
  const agent = new Agent();
  let io: RunningServer | undefined;
  before(async () => {
    io = await startIoServer();
  });
  after(async () => {
    await io?.close();
    await agent.close();
  });
  return {
    agent,
    url: () => {
      if (!io) throw new Error('useIoServer: the server is not started yet (use url() inside a test)');
      return io.url;
    },
  };
}
