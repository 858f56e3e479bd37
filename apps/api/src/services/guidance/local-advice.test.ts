// "My local IASS / who can advise me": answered with the family's council's IASS (issue 16).
// Tested through the engine's public answerOnce with the context the API builds, and through
// the widget's message route.
import { answerOnce, createGuidanceIndex, type AnswerContext } from '@sen/guidance';
import { updateLocalAuthority, createLocalAuthority } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';
import { createTestSite, HOST_ORIGIN } from '../../testing/fixtures';

const councils = [
  {
    name: 'Camden',
    iass: {
      name: 'Camden SENDIASS',
      phone: '020 7946 0101',
      url: 'https://camden-sendiass.example.org',
      email: 'advice@camden-sendiass.example.org',
    },
  },
  { name: 'Islington', iass: { name: 'Islington IASS', phone: '020 7946 0202' } },
  { name: 'Hackney', iass: { phone: '020 7946 0303' } },
  { name: 'Barnet' },
];

const base: AnswerContext = {
  index: createGuidanceIndex([]),
  service: {
    name: 'London SEN Mediation',
    phone: '020 7359 3635',
    crisisMessage: 'If a child is in danger now, call 999.',
  },
  today: '2026-12-03',
  localAdvice: { councils },
};

const ask = (q: string, extra: Partial<AnswerContext> = {}) => answerOnce(q, { ...base, ...extra });

describe('local independent advice in the chat', () => {
  it.each([
    "What's the number for my local IASS?",
    'Who can advise me?',
    'independent advice near me',
    'Is there a SENDIASS for my area?',
    'Where can I get free impartial advice about my son’s EHCP?',
    'who could give us some independent advice before mediation',
    'I need someone to advise me who is not from the council',
    'Information, Advice and Support Service contact?',
  ])('answers %j with the council the widget knows', async (q) => {
    const a = await ask(q, { localAdvice: { councils, known: 'Camden' } });
    expect(a.kind).toBe('contact');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Camden SENDIASS');
    expect(a.text).toContain('020 7946 0101');
    expect(a.text).toContain('https://camden-sendiass.example.org');
    expect(a.text).not.toContain('020 7946 0202');
    // Our own number is offered too, for mediation.
    expect(a.text).toContain('020 7359 3635');
  });

  it('asks which council when it is not known, with quick replies, and reads the reply', async () => {
    const first = await ask('Who can give me independent advice?');
    expect(first.answered).toBe(false);
    expect(first.text).toMatch(/Which council area do you live in\?/);
    expect(first.quickReplies).toEqual(
      expect.arrayContaining(['Camden', 'Islington', 'Hackney', 'Another council']),
    );
    // Councils with details come before those without.
    expect(first.quickReplies!.indexOf('Hackney')).toBeLessThan(
      first.quickReplies!.indexOf('Barnet'),
    );
    const history = [
      { role: 'visitor' as const, text: 'Who can give me independent advice?' },
      { role: 'bot' as const, text: first.text },
    ];
    const second = await ask('Islington', { history });
    expect(second.text).toContain('Islington IASS');
    expect(second.text).toContain('020 7946 0202');
    const other = await ask('Another council', { history });
    expect(other.text).toMatch(/Local Offer/);
    expect(other.text).toContain('020 7359 3635');
  });

  it('takes the council named in the message, or earlier in the chat, over the page', async () => {
    const named = await ask('Who can advise me in Islington?', {
      localAdvice: { councils, known: 'Camden' },
    });
    expect(named.text).toContain('Islington IASS');
    const earlier = await ask('where can I get independent advice?', {
      history: [
        { role: 'visitor', text: 'We live in Hackney and the council refused an assessment.' },
        { role: 'bot', text: 'Here is what the guidance says…' },
      ],
    });
    expect(earlier.text).toContain('Hackney SENDIASS');
    expect(earlier.text).toContain('020 7946 0303');
  });

  it('says plainly when a council has no details yet', async () => {
    const a = await ask('my local IASS please', { localAdvice: { councils, known: 'Barnet' } });
    expect(a.text).toMatch(/We don't have the details of Barnet's/);
    expect(a.text).toContain('020 7359 3635');
  });

  it.each([
    'Is mediation free?',
    'Do you cover Camden?',
    'Where can I get free advice from a solicitor?',
    'Can you tell me what disagreement resolution is?',
  ])('leaves %j to the rest of the chat', async (q) => {
    const a = await ask(q, { localAdvice: { councils, known: 'Camden' } });
    expect(a.text).not.toContain('Camden SENDIASS');
  });

  it('answers as before when the service lists no councils', async () => {
    const a = await ask('Who can advise me?', { localAdvice: { councils: [] } });
    expect(a.text).not.toMatch(/Which council area/);
  });
});

describe('local advice through the widget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createTestSite(t.db, t.clock.now());
    const actor = { now: t.clock.now(), actorKind: 'system' as const };
    const camden = await createLocalAuthority(t.db, { name: 'Camden' }, actor);
    await createLocalAuthority(t.db, { name: 'Islington' }, actor);
    await updateLocalAuthority(
      t.db,
      camden.id,
      { iassName: 'Camden SENDIASS', iassPhone: '020 7946 0101' },
      actor,
    );
    await t.deps.guidance.refresh();
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, token?: string) =>
    t.app.request(`${ORIGIN}/api/widget/v1${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  it('lists each council’s IASS at the start and answers with the page’s council', async () => {
    const started = await post('/conversations', { siteKey: 'test-site', hostOrigin: HOST_ORIGIN });
    const s = (await started.json()) as {
      conversationId: string;
      token: string;
      localAdvice: unknown;
    };
    expect(s.localAdvice).toEqual([
      { council: 'Camden', name: 'Camden SENDIASS', phone: '020 7946 0101' },
    ]);
    const res = await post(
      `/conversations/${s.conversationId}/messages`,
      { text: 'who can advise me locally?', localAuthority: 'Camden' },
      s.token,
    );
    const a = (await res.json()) as { text: string };
    expect(a.text).toContain('Camden SENDIASS');
    expect(a.text).toContain('020 7946 0101');

    // A council that is not a name is ignored, never a reason to lose the question.
    const odd = await post(
      `/conversations/${s.conversationId}/messages`,
      { text: 'Is mediation free?', localAuthority: { name: 'Camden' } },
      s.token,
    );
    expect(odd.status).toBe(200);

    // A new chat without the page's council: asked which, then answered from the reply.
    const other = (await (
      await post('/conversations', { siteKey: 'test-site', hostOrigin: HOST_ORIGIN })
    ).json()) as { conversationId: string; token: string };
    const asked = (await (
      await post(
        `/conversations/${other.conversationId}/messages`,
        { text: 'who can advise me locally?' },
        other.token,
      )
    ).json()) as { text: string; quickReplies?: string[] };
    expect(asked.quickReplies).toContain('Camden');
    const answered = (await (
      await post(`/conversations/${other.conversationId}/messages`, { text: 'Camden' }, other.token)
    ).json()) as { text: string };
    expect(answered.text).toContain('020 7946 0101');
  });
});
