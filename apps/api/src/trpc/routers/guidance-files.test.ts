import { listAudit } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRPC_UPLOAD_BODY_LIMIT } from '../../http/app';
import { MAX_FILE_BYTES } from '../../services/guidance/file-upload';
import { createTestSite, HOST_ORIGIN, publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import { callTrpc, ORIGIN } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ admin: 'admin', caseworker: 'caseworker', viewer: 'viewer' });

beforeAll(() => publishPage(rt.t.db, rt.t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE));

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
type FileView = { id: string; slug: string; url: string; published: boolean; contentType: string };

const upload = (cookie: string, input: Record<string, unknown>) =>
  callTrpc(
    rt.t,
    'guidance.files.upload',
    { fileName: 'notice.pdf', base64: PDF.toString('base64'), ...input },
    { cookie },
  );

async function botAnswer(question: string) {
  let done: { kind: string; text: string; citations: { url?: string }[] } | undefined;
  for await (const ev of rt.t.deps.guidance.answer(question, { origin: ORIGIN }))
    if (ev.type === 'done') done = ev.answer;
  return done!;
}

describe('published files', () => {
  let notice: FileView;

  it('an admin uploads a PDF: published, typed from its bytes, downloadable as an attachment', async () => {
    const res = await upload(rt.cookies.admin, {
      title: 'Mediation notice',
      description: 'The Regulation 32 notice we send after mediation.',
    });
    expect(res.status, res.raw).toBe(200);
    notice = res.data as FileView;
    expect(notice).toMatchObject({
      slug: 'mediation-notice',
      published: true,
      contentType: 'application/pdf',
      url: `${ORIGIN}/files/mediation-notice`,
    });
    const dl = await rt.t.app.request(`${ORIGIN}/files/mediation-notice`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment; filename="notice.pdf"/);
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await dl.arrayBuffer()).equals(PDF)).toBe(true);
    const again = await rt.t.app.request(`${ORIGIN}/files/mediation-notice`, {
      headers: { 'if-none-match': dl.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const audit = await listAudit(rt.t.db, { action: 'guidance_file.create' });
    expect(audit.items[0]?.entityId).toBe(notice.id);
  });

  it('the widget answer links to it at the address the family reached us on', async () => {
    await createTestSite(rt.t.db, rt.t.clock.now());
    const api = `${ORIGIN}/api/widget/v1`;
    const headers = { 'content-type': 'application/json', origin: ORIGIN };
    const convo = await rt.t.app.request(`${api}/conversations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
    });
    expect(convo.status).toBe(201);
    const { conversationId, token } = (await convo.json()) as {
      conversationId: string;
      token: string;
    };
    const res = await rt.t.app.request(`${api}/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token}`, accept: 'application/json' },
      body: JSON.stringify({ text: 'Can I get a copy of the mediation notice?' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string; text: string };
    expect(body.kind).toBe('file');
    expect(body.text).toContain(`${ORIGIN}/files/mediation-notice`);
  });

  it('the bot links to it when asked where to download it, and stops once it is unpublished', async () => {
    const a = await botAnswer('Where can I download the mediation notice?');
    expect(a.kind).toBe('file');
    expect(a.text).toContain(`${ORIGIN}/files/mediation-notice`);
    expect(a.citations[0]?.url).toBe(`${ORIGIN}/files/mediation-notice`);

    const off = await callTrpc(
      rt.t,
      'guidance.files.setPublished',
      { id: notice.id, published: false },
      { cookie: rt.cookies.admin },
    );
    expect(off.status, off.raw).toBe(200);
    expect((await rt.t.app.request(`${ORIGIN}/files/mediation-notice`)).status).toBe(404);
    expect((await botAnswer('Where can I download the mediation notice?')).kind).not.toBe('file');
  });

  it("a caseworker's upload waits for an admin, and they cannot publish or delete published files", async () => {
    const res = await upload(rt.cookies.caseworker, {
      title: 'Leaflet for families',
      fileName: 'leaflet.pdf',
    });
    expect(res.status, res.raw).toBe(200);
    const leaflet = res.data as FileView;
    expect(leaflet.published).toBe(false);
    expect((await rt.t.app.request(`${ORIGIN}/files/${leaflet.slug}`)).status).toBe(404);
    expect((await upload(rt.cookies.caseworker, { title: 'Other', publish: true })).status).toBe(
      403,
    );

    await callTrpc(
      rt.t,
      'guidance.files.setPublished',
      { id: leaflet.id, published: true },
      { cookie: rt.cookies.admin },
    );
    const refused = await callTrpc(
      rt.t,
      'guidance.files.delete',
      { id: leaflet.id },
      { cookie: rt.cookies.caseworker },
    );
    expect(refused.status).toBe(403);
    const ok = await callTrpc(
      rt.t,
      'guidance.files.delete',
      { id: leaflet.id },
      { cookie: rt.cookies.admin },
    );
    expect(ok.status, ok.raw).toBe(200);
    expect((await rt.t.app.request(`${ORIGIN}/files/${leaflet.slug}`)).status).toBe(404);
  });

  it('a second file with the same title gets its own address; staff list without bytes', async () => {
    const res = await upload(rt.cookies.admin, { title: 'Mediation notice' });
    expect((res.data as FileView).slug).toBe('mediation-notice-2');
    const list = await callTrpc(rt.t, 'guidance.files.list', undefined, {
      cookie: rt.cookies.viewer,
    });
    expect(list.status).toBe(200);
    const items = list.data as (FileView & { bytes?: unknown })[];
    expect(items.map((f) => f.slug)).toContain('mediation-notice-2');
    expect(items.every((f) => f.bytes === undefined)).toBe(true);
  });

  it('refuses a file whose bytes do not match its name, or that is not a document, with a clear message', async () => {
    const html = await upload(rt.cookies.admin, {
      title: 'Trick',
      fileName: 'notice.pdf',
      base64: Buffer.from('<script>alert(1)</script>').toString('base64'),
    });
    expect(html.status).toBe(400);
    expect(html.error?.message).toMatch(/Upload a PDF/);
    const named = await upload(rt.cookies.admin, { title: 'Named wrong', fileName: 'notice.png' });
    expect(named.status).toBe(400);
    expect(named.error?.message).toMatch(/is a PDF but is named ".png"/);
  });

  it('takes a 5 MB upload but answers 413 to a larger body, and 2 MB elsewhere', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES, 0x20);
    PDF.copy(big);
    const ok = await upload(rt.cookies.admin, {
      title: 'Big notice',
      base64: big.toString('base64'),
    });
    expect(ok.status, ok.raw.slice(0, 200)).toBe(200);
    const huge = await rt.t.app.request(`${ORIGIN}/trpc/guidance.files.upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sen-csrf': '1',
        origin: ORIGIN,
        cookie: rt.cookies.admin,
      },
      body: 'x'.repeat(TRPC_UPLOAD_BODY_LIMIT + 1),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'too_large' } });
    const other = await rt.t.app.request(`${ORIGIN}/trpc/guidance.list`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sen-csrf': '1',
        origin: ORIGIN,
        cookie: rt.cookies.admin,
      },
      body: 'x'.repeat(2 * 1024 * 1024 + 1),
    });
    expect(other.status).toBe(413);
    const malformed = await rt.t.app.request(`${ORIGIN}/trpc/%E0%A4%A`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sen-csrf': '1',
        origin: ORIGIN,
        cookie: rt.cookies.admin,
      },
      body: '{}',
    });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
  });

  it('does not serve odd paths', async () => {
    expect((await rt.t.app.request(`${ORIGIN}/files/..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await rt.t.app.request(`${ORIGIN}/files/NOPE`)).status).toBe(404);
  });
});
