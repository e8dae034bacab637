import pino, { type Logger } from 'pino';

export function createLogger(level: string, pretty: boolean): Logger {
  if (pretty) {
    return pino({ level, transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } });
  }
  // One line per GraphQL request: written synchronously that is a write(2) per request, about a tenth of the
  // server's CPU under load (tools/bench profile). Buffered in 4 kB chunks instead; pino flushes the buffer
  // synchronously when the process exits, so shutdown and crash lines are not lost; a quiet server flushes
  // every second so its log still reads live.
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 1000).unref();
  return pino({ level }, destination);
}
