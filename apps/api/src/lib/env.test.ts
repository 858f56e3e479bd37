import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env';

describe('model configuration', () => {
  it('is off without a key: every answer offline, nothing sent anywhere', () => {
    expect(loadEnv({}).llm).toBeNull();
  });

  it('defaults to an 8 s timeout with redaction on', () => {
    expect(loadEnv({ OPENAI_API_KEY: 'k' }).llm).toEqual({
      apiKey: 'k',
      model: 'gpt-4o-mini',
      timeoutMs: 8000,
      maxTokens: 600,
      redact: true,
    });
  });

  it('takes a timeout, redaction off, and OPENAI_ENABLED=false to turn the model off with a key set', () => {
    const env = { OPENAI_API_KEY: 'k', OPENAI_TIMEOUT_MS: '3000', OPENAI_REDACT: 'false' };
    expect(loadEnv(env).llm).toMatchObject({ timeoutMs: 3000, redact: false });
    expect(loadEnv({ ...env, OPENAI_ENABLED: 'false' }).llm).toBeNull();
  });

  it('refuses a timeout that is not a sensible number of milliseconds', () => {
    for (const v of ['fast', '10', '999999'])
      expect(() => loadEnv({ OPENAI_API_KEY: 'k', OPENAI_TIMEOUT_MS: v })).toThrow(ConfigError);
    expect(() => loadEnv({ OPENAI_REDACT: 'maybe' })).toThrow(
      /OPENAI_REDACT must be true or false/,
    );
  });
});

describe('PUBLIC_URL and HOST', () => {
  // Without PUBLIC_URL the CSRF check takes our origin from the Host header: safe only when
  // nothing but this machine can reach the port (issue 15).
  it.each(['0.0.0.0', '::', '192.168.1.20', 'desk.internal'])(
    'HOST=%s without PUBLIC_URL stops the start with a clear message',
    (host) => {
      expect(() => loadEnv({ HOST: host })).toThrow(ConfigError);
      expect(() => loadEnv({ HOST: host })).toThrow(/PUBLIC_URL is required when HOST/);
    },
  );

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])(
    'HOST=%s (loopback) needs no PUBLIC_URL',
    (host) => expect(loadEnv({ HOST: host }).publicUrl).toBeNull(),
  );

  it('HOST=0.0.0.0 with PUBLIC_URL starts', () => {
    expect(loadEnv({ HOST: '0.0.0.0', PUBLIC_URL: 'https://desk.example.org/' })).toMatchObject({
      host: '0.0.0.0',
      publicUrl: 'https://desk.example.org',
    });
  });
});

describe('SERVICE_PHONE', () => {
  it('is the fallback number, checked', () => {
    expect(loadEnv({ SERVICE_PHONE: '020 7946 0000' }).servicePhone).toBe('020 7946 0000');
    expect(loadEnv({}).servicePhone).toBeNull();
    expect(() => loadEnv({ SERVICE_PHONE: 'call us' })).toThrow(/SERVICE_PHONE/);
  });
});

describe('SMTP_URL and MAIL_FROM', () => {
  it('turn staff e-mail on together, and it is off without them', () => {
    expect(loadEnv({}).mail).toBeNull();
    expect(
      loadEnv({
        SMTP_URL: 'smtps://u:p@mail.example.org:465',
        MAIL_FROM: 'Desk <desk@example.org>',
      }).mail,
    ).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Desk <desk@example.org>' });
  });

  it('say which is wrong', () => {
    expect(() => loadEnv({ SMTP_URL: 'smtp://mail.example.org' })).toThrow(
      /MAIL_FROM is required with SMTP_URL/,
    );
    expect(() => loadEnv({ SMTP_URL: 'mail.example.org', MAIL_FROM: 'desk@example.org' })).toThrow(
      /SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(() => loadEnv({ SMTP_URL: 'smtp://mail.example.org', MAIL_FROM: 'the desk' })).toThrow(
      /MAIL_FROM must be an e-mail address/,
    );
  });
});
