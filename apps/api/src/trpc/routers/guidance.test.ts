import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listAudit } from '@sen/db';
import { createTestDb } from '@sen/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../../system/deps';
import { createGuidanceRuntime } from '../../services/guidance/runtime';
import { silentLogger } from '../../lib/logger';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ admin: 'admin', caseworker: 'caseworker', viewer: 'viewer' });

beforeAll(() => publishPage(rt.t.db, rt.t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE));

type ProbeResult = {
  kind: string;
  text: string;
  answered: boolean;
  citations: { quote: string }[];
  passages: { id: string; score: number; text: string | null }[];
};

const ask = async (question: string, extra: Record<string, unknown> = {}) => {
  const res = await callTrpc(
    rt.t,
    'guidance.testQuestion',
    { question, ...extra },
    { cookie: rt.cookies.viewer },
  );
  expect(res.status, res.raw).toBe(200);
  return res.data as ProbeResult;
};

const NEW_VERSION = `# Mediation

## Parking at the venue

Free parking for families is in the Elmstead Road car park behind the civic centre.
`;

describe('publishing a new version', () => {
  it('is answered from at once, with citations and scored passages', async () => {
    const before = await ask('Where can I park at the venue?');
    expect(before.citations.map((c) => c.quote).join(' ')).not.toMatch(/Elmstead/);

    const list = (await callTrpc(rt.t, 'guidance.list', undefined, { cookie: rt.cookies.viewer }))
      .data as {
      id: string;
      slug: string;
    }[];
    const doc = list.find((d) => d.slug === 'mediation')!;
    const added = await callTrpc(
      rt.t,
      'guidance.addPage',
      {
        documentId: doc.id,
        body: NEW_VERSION,
        fileName: 'mediation.md',
        sourceUrl: 'https://service.example/mediation',
      },
      { cookie: rt.cookies.caseworker },
    );
    expect(added.status, added.raw).toBe(200);
    const versionId = (added.data as { version: { id: string; status: string } }).version.id;
    expect((added.data as { version: { status: string } }).version.status).toBe('draft');

    // A draft can be tried before it goes live; the live answer has not changed yet.
    const draftAnswer = await ask('Where can I park at the venue?', { draftVersionId: versionId });
    expect(draftAnswer.citations.map((c) => c.quote).join(' ')).toMatch(/Elmstead Road/);
    expect((await ask('Where can I park at the venue?')).text).not.toMatch(/Elmstead/);

    const refused = await callTrpc(
      rt.t,
      'guidance.publish',
      { versionId },
      { cookie: rt.cookies.caseworker },
    );
    expect(refused.status).toBe(403);
    const published = await callTrpc(
      rt.t,
      'guidance.publish',
      { versionId },
      { cookie: rt.cookies.admin },
    );
    expect(published.status, published.raw).toBe(200);

    const after = await ask('Where can I park at the venue?');
    expect(after.answered).toBe(true);
    expect(after.citations.map((c) => c.quote).join(' ')).toMatch(/Elmstead Road car park/);
    expect(after.passages.length).toBeGreaterThan(0);
    expect(after.passages[0]!.score).toBeGreaterThan(0);
    expect(after.passages.some((p) => p.text?.includes('Elmstead'))).toBe(true);

    const audit = await listAudit(rt.t.db, { action: 'guidance.publish' });
    expect(audit.items.some((a) => a.entityId === versionId)).toBe(true);
  });

  it('shows how a version was split into passages', async () => {
    const list = (await callTrpc(rt.t, 'guidance.list', undefined, { cookie: rt.cookies.viewer }))
      .data as {
      versions: { id: string; status: string }[];
    }[];
    const v = list.flatMap((d) => d.versions).find((x) => x.status === 'published')!;
    const res = await callTrpc(
      rt.t,
      'guidance.getVersion',
      { versionId: v.id },
      { cookie: rt.cookies.viewer },
    );
    const data = res.data as {
      passages: { headingPath: string[]; text: string }[];
      version: { body: string };
    };
    expect(data.version.body).toContain('# Mediation');
    expect(data.passages.length).toBeGreaterThan(0);
    expect(data.passages.every((p) => p.headingPath[0] === 'Mediation')).toBe(true);
  });

  it('unpublishing takes the page off the answers', async () => {
    const list = (await callTrpc(rt.t, 'guidance.list', undefined, { cookie: rt.cookies.viewer }))
      .data as {
      id: string;
      slug: string;
    }[];
    const doc = list.find((d) => d.slug === 'mediation')!;
    const res = await callTrpc(
      rt.t,
      'guidance.unpublish',
      { documentId: doc.id },
      { cookie: rt.cookies.admin },
    );
    expect(res.status, res.raw).toBe(200);
    const after = await ask('Where can I park at the venue?');
    expect(after.citations.map((c) => c.quote).join(' ')).not.toMatch(/Elmstead/);
    // Put it back for the tests below.
    const again = (
      await callTrpc(
        rt.t,
        'guidance.getVersion',
        { versionId: await latestVersion(doc.id) },
        { cookie: rt.cookies.viewer },
      )
    ).data as { version: { id: string } };
    expect(
      (
        await callTrpc(
          rt.t,
          'guidance.publish',
          { versionId: again.version.id },
          { cookie: rt.cookies.admin },
        )
      ).status,
    ).toBe(200);
  });
});

async function latestVersion(documentId: string): Promise<string> {
  const list = (await callTrpc(rt.t, 'guidance.list', undefined, { cookie: rt.cookies.viewer }))
    .data as {
    id: string;
    versions: { id: string }[];
  }[];
  return list.find((d) => d.id === documentId)!.versions[0]!.id;
}

describe('adding pages', () => {
  it('previews the split of pasted HTML without saving', async () => {
    const res = await callTrpc(
      rt.t,
      'guidance.previewSplit',
      {
        body: '<html><head><title>Costs</title></head><body><h1>Costs</h1><p>Mediation is free for families.</p></body></html>',
      },
      { cookie: rt.cookies.caseworker },
    );
    expect(res.status, res.raw).toBe(200);
    const data = res.data as { format: string; title: string; passages: { text: string }[] };
    expect(data.format).toBe('html');
    expect(data.title).toBe('Costs');
    expect(data.passages.map((p) => p.text)).toContain('Mediation is free for families.');
  });

  it('refuses a page over the size limit with a clear message', async () => {
    const res = await callTrpc(
      rt.t,
      'guidance.addPage',
      {
        title: 'Huge',
        body: 'x'.repeat(1024 * 1024 + 1),
        format: 'text',
        sourceUrl: 'https://service.example/huge',
      },
      { cookie: rt.cookies.caseworker },
    );
    expect(res.status).toBe(400);
    expect(res.raw).toMatch(/larger than 1024 KB/);
  });

  it('refuses an impossible "as of" date', async () => {
    const res = await callTrpc(
      rt.t,
      'guidance.addPage',
      {
        title: 'Dated',
        body: 'Some text.',
        format: 'text',
        sourceUrl: 'https://service.example/d',
        asOf: '2026-02-30',
      },
      { cookie: rt.cookies.caseworker },
    );
    expect(res.status).toBe(400);
    expect(res.error?.data?.fieldErrors).toEqual([
      { path: 'asOf', message: '"As of" is not a real date.' },
    ]);
  });

  it('refuses an upload it cannot read', async () => {
    const res = await callTrpc(
      rt.t,
      'guidance.addPage',
      { body: 'data', fileName: 'notice.pdf', sourceUrl: 'https://service.example/n' },
      { cookie: rt.cookies.caseworker },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/\.html, \.htm, \.md/);
  });

  it('refuses to fetch loopback, private and non-web addresses', async () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://localhost:3000/admin',
      'http://[::1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/',
      'http://[::ffff:127.0.0.1]/',
      'file:///etc/passwd',
    ]) {
      const res = await callTrpc(
        rt.t,
        'guidance.addFromUrl',
        { url },
        { cookie: rt.cookies.caseworker },
      );
      expect(res.status, `${url} ${res.raw}`).toBe(400);
      expect(res.error?.message).toMatch(/private or local network|web address/);
    }
    const audit = await listAudit(rt.t.db, { action: 'guidance.fetch_refused' });
    expect(audit.items.length).toBeGreaterThan(0);
  });

  describe('with private addresses allowed by the operator', () => {
    let server: Server;
    let base: string;
    let local: TestApp;
    let localCookie: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/page.md') {
          res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
          res.end(
            '# Travel help\n\nWe can pay reasonable travel costs to the mediation meeting.\n',
          );
        } else if (req.url === '/redirect') {
          res.writeHead(302, { location: '/page.md' });
          res.end();
        } else if (req.url === '/big') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('y'.repeat(3 * 1024 * 1024));
        } else if (req.url === '/pdf') {
          res.writeHead(200, { 'content-type': 'application/pdf' });
          res.end('%PDF-1.4');
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      local = await createTestApp({
        config: { guidanceFetchAllowPrivate: true } as Partial<AppConfig>,
      });
      localCookie = await sessionCookie(local, (await createStaff(local, 'caseworker')).id);
    });
    afterAll(async () => {
      await local.close();
      await new Promise((r) => server.close(r));
    });

    it('fetches a page, follows a redirect and stores a draft from it', async () => {
      const res = await callTrpc(
        local,
        'guidance.addFromUrl',
        { url: `${base}/redirect` },
        { cookie: localCookie },
      );
      expect(res.status, res.raw).toBe(200);
      const data = res.data as {
        document: { title: string };
        version: { sourceUrl: string; format: string };
      };
      expect(data.document.title).toBe('Travel help');
      expect(data.version.sourceUrl).toBe(`${base}/page.md`);
      expect(data.version.format).toBe('markdown');
    });

    it('refuses pages over the size cap and files that are not text', async () => {
      const big = await callTrpc(
        local,
        'guidance.addFromUrl',
        { url: `${base}/big` },
        { cookie: localCookie },
      );
      expect(big.status).toBe(400);
      expect(big.error?.message).toMatch(/larger than/);
      const pdf = await callTrpc(
        local,
        'guidance.addFromUrl',
        { url: `${base}/pdf` },
        { cookie: localCookie },
      );
      expect(pdf.status).toBe(400);
      expect(pdf.error?.message).toMatch(/not a web page/);
      const missing = await callTrpc(
        local,
        'guidance.addFromUrl',
        { url: `${base}/nope` },
        { cookie: localCookie },
      );
      expect(missing.error?.message).toMatch(/status 404/);
    });
  });
});

describe('evaluation', () => {
  it('scores a question set and reports the pass rate and reasons', async () => {
    const jsonl = [
      JSON.stringify({
        id: 'q1',
        q: 'How long does it take to arrange mediation?',
        must: [['30 days']],
        cite: ['within 30 days'],
      }),
      JSON.stringify({
        id: 'q2',
        q: 'What is mediation?',
        must: [['mediator']],
        must_not: ['tribunal'],
      }),
      JSON.stringify({
        id: 'q3',
        q: 'How long does it take to arrange mediation?',
        must: [['zebra crossing']],
        type: 'answer',
      }),
      '',
    ].join('\n');
    const res = await callTrpc(
      rt.t,
      'guidance.runEvaluation',
      { jsonl },
      { cookie: rt.cookies.viewer },
    );
    expect(res.status, res.raw).toBe(200);
    const data = res.data as {
      total: number;
      passed: number;
      passRate: number;
      results: { id: string; pass: boolean; reasons: string[] }[];
    };
    expect(data.total).toBe(3);
    expect(data.passed).toBe(2);
    expect(data.passRate).toBeCloseTo(2 / 3);
    const q3 = data.results.find((r) => r.id === 'q3')!;
    expect(q3.pass).toBe(false);
    expect(q3.reasons).toEqual(['missing one of ["zebra crossing"]']);
  });

  it('refuses a bad line or a pattern the linear-time checker cannot run, with the line number', async () => {
    const res = await callTrpc(
      rt.t,
      'guidance.runEvaluation',
      { jsonl: '{"id":"a","q":"x","must":[["(a)\\\\1"]]}\nnot json\n' },
      { cookie: rt.cookies.viewer },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/Line 1: .*back-reference/);
    expect(res.error?.message).toMatch(/Line 2 is not a JSON object/);
  });

  it('limits how many runs one person can start', async () => {
    const cookie = await sessionCookie(rt.t, (await createStaff(rt.t, 'viewer')).id);
    const jsonl = '{"id":"x","q":"What is mediation?"}';
    for (let i = 0; i < 6; i++) {
      expect((await callTrpc(rt.t, 'guidance.runEvaluation', { jsonl }, { cookie })).status).toBe(
        200,
      );
    }
    const refused = await callTrpc(rt.t, 'guidance.runEvaluation', { jsonl }, { cookie });
    expect(refused.status).toBe(429);
    expect(refused.error?.message).toMatch(/Too many evaluation runs/);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('another instance on the same database', () => {
  it('answers from a version published elsewhere once it notices the revision', async () => {
    const shared = await createTestDb();
    const a = await createTestApp({ db: shared });
    const b = await createTestApp({
      db: shared,
      guidance: createGuidanceRuntime({
        db: shared.db,
        clock: a.clock,
        logger: silentLogger,
        llm: null,
        pollMs: 50,
      }),
    });
    try {
      const adminA = await sessionCookie(a, (await createStaff(a, 'admin')).id);
      const viewerB = await sessionCookie(b, (await createStaff(b, 'viewer')).id);
      const askB = async () =>
        (
          (
            await callTrpc(
              b,
              'guidance.testQuestion',
              { question: 'Where can I park?' },
              { cookie: viewerB },
            )
          ).data as ProbeResult
        ).citations
          .map((c) => c.quote)
          .join(' ');
      expect(await askB()).not.toMatch(/Elmstead/);
      const added = await callTrpc(
        a,
        'guidance.addPage',
        {
          title: 'Venue',
          body: NEW_VERSION,
          format: 'markdown',
          sourceUrl: 'https://service.example/venue',
        },
        { cookie: adminA },
      );
      const versionId = (added.data as { version: { id: string } }).version.id;
      expect(
        (await callTrpc(a, 'guidance.publish', { versionId }, { cookie: adminA })).status,
      ).toBe(200);
      await vi.waitFor(async () => expect(await askB()).toMatch(/Elmstead Road/), {
        timeout: 5000,
        interval: 50,
      });
    } finally {
      await b.close();
      await a.close();
      await shared.close();
    }
  });
});
