import pino, { type Logger } from 'pino';

export type { Logger };

// Paths pino removes before a line is written. Request bodies are never logged at all; these
// catch personal data that reaches a log call through an error or a context object.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.name',
  '*.email',
  '*.phone',
  '*.text',
  '*.message.text',
  '*.description',
  'password',
  'email',
  'phone',
  'name',
  'text',
  'authorization',
  'cookie',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'sen-api' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });

/** An error reduced to what may be logged: its class and message, never bound parameters. */
export function errorSummary(error: unknown) {
  if (error instanceof Error) {
    return { type: error.name, message: error.message.split('\n')[0]?.slice(0, 200) };
  }
  return { type: typeof error };
}
