import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from './logger';

it('redacts personal data and credentials wherever they appear in a log object', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('info', sink);
  log.info(
    {
      req: { headers: { authorization: 'Bearer abc', cookie: 'sen_session=xyz' } },
      input: {
        email: 'parent@example.org',
        phone: '07700 900123',
        name: 'Sam Parent',
        password: 'hunter22hunter22',
        text: 'my son Tom',
      },
      path: '/trpc/auth.login',
    },
    'request',
  );
  const out = lines.join('');
  expect(out).toMatch(/\/trpc\/auth\.login/);
  for (const secret of [
    'Bearer abc',
    'xyz',
    'parent@example.org',
    '07700',
    'Sam Parent',
    'hunter22',
    'my son Tom',
  ]) {
    expect(out).not.toContain(secret);
  }
});
