// A callback request stays findable in every state: Today keeps one someone is taking, and the
// case and the transcript show the family's own words and best time to call, whatever its state.
import { createCallbackRequest, createConversation, type StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStaff, type TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ viewer: 'viewer' });
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let viewer: StaffUser;

type CallbackView = {
  id: string;
  status: string;
  description: string;
  bestTime: string | null;
  handledByName: string | null;
};

beforeAll(async () => {
  ({
    t,
    users: { viewer },
  } = rt);
  caseworker = await createStaff(t, 'caseworker', { name: 'Casey Worker' });
});

async function chatWithCallback() {
  // The chat began the evening before the family asked for a call (London time).
  const conversation = await createConversation(t.db, {
    siteId: null,
    tokenHash: `hash-${crypto.randomUUID()}`,
    hostOrigin: null,
    now: new Date('2026-01-04T23:30:00Z'),
  });
  const made = await createCallbackRequest(
    t.db,
    {
      conversationId: conversation.id,
      name: 'Robin Parent',
      contactMethod: 'phone',
      phone: '07700 900456',
      bestTime: 'Weekday mornings before 11',
      description: 'The council refused to assess my daughter and I want to know what to do.',
      consent: true,
    },
    { now: t.clock.now(), actorKind: 'visitor' },
  );
  return { conversation, ...made };
}

describe('callback requests stay findable', () => {
  it('stays on Today while someone is taking it, showing who', async () => {
    const { callback } = await chatWithCallback();
    const taking = await as(caseworker, 'callbacks.setStatus', {
      id: callback.id,
      status: 'in_progress',
    });
    expect(taking.status).toBe(200);
    const today = (await as(caseworker, 'dashboard.today')).data as {
      callbacks: CallbackView[];
    };
    expect(today.callbacks.find((c) => c.id === callback.id)).toMatchObject({
      status: 'in_progress',
      handledByName: 'Casey Worker',
    });
  });

  it("shows the family's words and best time on the case and beside the transcript, in every state", async () => {
    const { conversation, callback, caseId } = await chatWithCallback();
    for (const status of ['new', 'in_progress', 'done'] as const) {
      if (status !== 'new')
        await as(caseworker, 'callbacks.setStatus', { id: callback.id, status });
      const detail = (await as(viewer, 'cases.get', { id: caseId })).data as {
        callbacks: CallbackView[];
      };
      expect(detail.callbacks).toEqual([
        expect.objectContaining({
          id: callback.id,
          status,
          description: 'The council refused to assess my daughter and I want to know what to do.',
          bestTime: 'Weekday mornings before 11',
        }),
      ]);
      const transcript = (await as(caseworker, 'conversations.get', { id: conversation.id }))
        .data as { callbacks: CallbackView[] };
      expect(transcript.callbacks.map((c) => [c.id, c.status, c.bestTime])).toEqual([
        [callback.id, status, 'Weekday mornings before 11'],
      ]);
    }
  });

  it('gives a case made from the chat its first contact date: the day the chat began', async () => {
    const { caseId } = await chatWithCallback();
    const detail = (await as(caseworker, 'cases.get', { id: caseId })).data as {
      case: { firstContactDate: string | null };
    };
    expect(detail.case.firstContactDate).toBe('2026-01-04');
  });
});
