import { hostname } from "node:os";
import pino, { type DestinationStream, type Logger } from "pino";
import { currentLogContext } from "./log-context";
import { redactPersonalFields, scrubPhoneNumbers } from "./log-redaction";
import { isProduction } from "./startup";

export type { Logger };

/** The process a line comes from: each app's production server, or the job worker. */
export type LogService = "storefront" | "dashboard" | "worker";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * LOG_LEVEL, default `info`. Under Vitest `silent` unless LOG_LEVEL is set: a suite would otherwise print a
 * line per request it makes. An unknown value falls back to the default rather than making pino throw on the
 * first line.
 */
export function logLevelFromEnv(env: Record<string, string | undefined> = process.env): string {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && LEVELS.includes(wanted)) return wanted;
  return env.VITEST ? "silent" : "info";
}

export interface LoggerOptions {
  service?: LogService;
  /** Default: logLevelFromEnv(). */
  level?: string;
  /** Redact personal data (log-redaction.ts). Default: NODE_ENV=production. */
  production?: boolean;
  /** Where the JSON lines go. Default: stdout, written synchronously so a crash loses no line. */
  destination?: DestinationStream;
}

/**
 * A JSON-lines logger: `{"level":"info","time":"…","service":"worker","reqId":"…","msg":"…"}`. Every line
 * written inside a request or a job carries that context's fields (log-context.ts): a field passed to the call
 * itself wins over them. Production redacts personal data by key and scrubs phone numbers from the whole
 * line; development keeps values readable. No transport: nothing spawns a worker thread.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const production = opts.production ?? isProduction();
  return pino(
    {
      level: opts.level ?? logLevelFromEnv(),
      base: { ...(opts.service ? { service: opts.service } : {}), pid: process.pid, hostname: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        ...(production ? { log: redactPersonalFields } : {}),
      },
      // A copy: pino assigns the call's fields into the object the mixin returns.
      mixin: () => ({ ...currentLogContext() }),
      ...(production ? { hooks: { streamWrite: scrubPhoneNumbers } } : {}),
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

// The process's logger, on globalThis for the same reason as the log context: the server and the copy of this
// file that Next.js bundles must write through the one logger initLogger configured.
const KEY = Symbol.for("cho-phien.logger");
const slot = globalThis as unknown as Record<symbol, Logger | undefined>;

/** Names the process in every line (`service`); each app's server and the worker call it first thing. */
export function initLogger(service: LogService): Logger {
  slot[KEY] = createLogger({ service });
  return slot[KEY];
}

/**
 * The process's logger. Call it where you log rather than keeping it in a module constant: initLogger may
 * replace it after your module loaded.
 */
export function getLogger(): Logger {
  slot[KEY] ??= createLogger();
  return slot[KEY];
}
