// The only place the API reads process.env. Everything else receives a validated Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { LlmConfig } from '@sen/guidance';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number (0-65535)` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0-65535`)
    .max(65535, `${name} must be 0-65535`);

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, port('PORT').default(3000)),
    DEMO_PORT: z.preprocess(
      emptyToUndefined,
      z.union([z.literal('off'), port('DEMO_PORT')]).optional(),
    ),
    HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ message: 'PUBLIC_URL must be a full URL such as https://desk.example.org' })
        .refine((u) => /^https?:\/\//.test(u), 'PUBLIC_URL must start with http:// or https://')
        .transform((u) => u.replace(/\/+$/, ''))
        .optional(),
    ),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(
          (u) => /^postgres(ql)?:\/\//.test(u),
          'DATABASE_URL must start with postgres:// or postgresql://',
        )
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(path.join(repoRoot, '.data'))),
    OPENAI_API_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
    OPENAI_BASE_URL: z.preprocess(
      emptyToUndefined,
      z.url({ message: 'OPENAI_BASE_URL must be a URL' }).optional(),
    ),
    OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().optional()),
    OPENAI_TIMEOUT_MS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'OPENAI_TIMEOUT_MS must be a number of milliseconds' })
        .int('OPENAI_TIMEOUT_MS must be a whole number of milliseconds')
        .min(500, 'OPENAI_TIMEOUT_MS must be at least 500')
        .max(120_000, 'OPENAI_TIMEOUT_MS must be at most 120000')
        .default(8000),
    ),
    OPENAI_REDACT: z.preprocess(
      emptyToUndefined,
      z
        .enum(['true', 'false', '1', '0'], { message: 'OPENAI_REDACT must be true or false' })
        .default('true')
        .transform((v) => v === 'true' || v === '1'),
    ),
    OPENAI_ENABLED: z.preprocess(
      emptyToUndefined,
      z
        .enum(['true', 'false', '1', '0'], { message: 'OPENAI_ENABLED must be true or false' })
        .default('true')
        .transform((v) => v === 'true' || v === '1'),
    ),
    REDIS_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine((u) => /^rediss?:\/\//.test(u), 'REDIS_URL must start with redis:// or rediss://')
        .optional(),
    ),
    ADMIN_EMAIL: z.preprocess(
      emptyToUndefined,
      z.email({ message: 'ADMIN_EMAIL must be an email address' }).default('admin@example.org'),
    ),
    ADMIN_PASSWORD: z.preprocess(
      emptyToUndefined,
      z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    INIT_CWD: z.string().optional(),
    SERVICE_PHONE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[+()\d\s-]{5,40}$/, 'SERVICE_PHONE must be a phone number such as 020 7946 0000')
        .optional(),
    ),
    GUIDANCE_FETCH_ALLOW_PRIVATE: z.preprocess(
      emptyToUndefined,
      z
        .enum(['true', 'false', '1', '0'], {
          message: 'GUIDANCE_FETCH_ALLOW_PRIVATE must be true or false',
        })
        .default('false')
        .transform((v) => v === 'true' || v === '1'),
    ),
    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(
          (u) => /^smtps?:\/\/[^/\s]+/.test(u),
          'SMTP_URL must start with smtp:// or smtps:// (for example smtps://user:pass@mail.example.org:465)',
        )
        .optional(),
    ),
    MAIL_FROM: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .refine(
          (v) =>
            /^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/.test(
              v.trim(),
            ),
          'MAIL_FROM must be an e-mail address, or a name and address such as "SEN Mediation Desk <desk@example.org>"',
        )
        .optional(),
    ),
    TRUST_PROXY: z.preprocess(
      emptyToUndefined,
      z
        .enum(['true', 'false', '1', '0'], { message: 'TRUST_PROXY must be true or false' })
        .default('false')
        .transform((v) => v === 'true' || v === '1'),
    ),
  })
  // Without PUBLIC_URL the CSRF check takes the service's origin from the Host header, which is
  // only safe when nothing but this machine can reach the port.
  .refine((e) => e.PUBLIC_URL !== undefined || isLoopback(e.HOST), {
    path: ['PUBLIC_URL'],
    message:
      'PUBLIC_URL is required when HOST is not a loopback address (the address families and staff use, such as https://desk.example.org)',
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    path: ['MAIL_FROM'],
    message: 'MAIL_FROM is required with SMTP_URL (the address staff notifications come from)',
  })
  .transform((e) => ({
    port: e.PORT,
    // PORT+1 by default; 0 means "any free port" when PORT is 0 too, so keep 0 as 0.
    demoPort: e.DEMO_PORT === 'off' ? null : (e.DEMO_PORT ?? (e.PORT === 0 ? 0 : e.PORT + 1)),
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? null,
    databaseUrl: e.DATABASE_URL ?? null,
    // pnpm runs scripts from the package folder; a relative DATA_DIR means relative to where
    // the person typed the command (INIT_CWD), not apps/api.
    dataDir: path.resolve(e.INIT_CWD ?? process.cwd(), e.DATA_DIR),
    /**
     * The optional model that writes retrieval answers (verified sentence by sentence); without
     * a key, or with OPENAI_ENABLED=false, every answer is offline and nothing leaves the server.
     */
    llm:
      e.OPENAI_API_KEY && e.OPENAI_ENABLED
        ? ({
            apiKey: e.OPENAI_API_KEY,
            ...(e.OPENAI_BASE_URL ? { baseUrl: e.OPENAI_BASE_URL } : {}),
            model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
            timeoutMs: e.OPENAI_TIMEOUT_MS,
            maxTokens: 600,
            redact: e.OPENAI_REDACT,
          } satisfies LlmConfig)
        : null,
    redisUrl: e.REDIS_URL ?? null,
    adminEmail: e.ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD ?? null,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    /** Lets "add a page from an address" fetch private and loopback hosts (an intranet). */
    guidanceFetchAllowPrivate: e.GUIDANCE_FETCH_ALLOW_PRIVATE,
    /** The phone number families get when the database is down and settings were never read. */
    servicePhone: e.SERVICE_PHONE ?? null,
    /** Staff e-mail notifications (new callbacks, assignments, the morning digest); off when null. */
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM.trim() } : null,
  }));

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export type EnvConfig = z.output<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a set of variables; pass nothing to read the process environment. */
export function loadEnv(raw: Record<string, string | undefined> = process.env): EnvConfig {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Where the built front ends live, relative to this repository. */
export const builtAssets = {
  consoleDir: path.join(repoRoot, 'apps/console/build'),
  widgetDir: path.join(repoRoot, 'apps/widget/dist'),
};
