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
