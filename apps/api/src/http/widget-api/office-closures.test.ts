import { updateSettings } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidateSettings } from '../../services/settings/service-info';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await publishPage(t.db, t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
  await updateSettings(
    t.db,
    {
      officeHoursText: 'Monday to Friday, 9:30am to 5pm',
      officeClosures: [{ from: '2026-12-24', to: '2027-01-01', label: 'Christmas closure' }],
    },
    { now: t.clock.now(), actorKind: 'system' },
  );
  invalidateSettings(t.deps);
});
afterAll(() => t.close());

const hours = async () =>
  (await (await t.app.request(`${ORIGIN}/api/widget/v1/office-hours`)).json()) as {
    officeHours: { openNow: boolean; text: string };
  };

async function botSays(question: string) {
  for await (const ev of t.deps.guidance.answer(question, {}))
    if (ev.type === 'done') return ev.answer.text;
  return '';
}

describe('office closures reach families', () => {
  it('the widget says closed and when the office reopens, on a weekday inside the closure', async () => {
    t.clock.set('2026-12-29T11:00:00Z');
    const h = await hours();
    expect(h.officeHours.openNow).toBe(false);
    expect(h.officeHours.text).toMatch(
      /^We are closed \(Christmas closure\) until Friday 1 January 2027, and reopen on Monday 4 January 2027\./,
    );
    expect(await botSays('What are your opening hours?')).toContain('Christmas closure');
  });

  it('warns of it beforehand and is open as usual', async () => {
    t.clock.set('2026-12-15T11:00:00Z');
    const h = await hours();
    expect(h.officeHours.openNow).toBe(true);
    expect(h.officeHours.text).toContain('We will be closed from Thursday 24 December 2026');
  });

  it('says nothing of it once it is over', async () => {
    t.clock.set('2027-01-05T11:00:00Z');
    const h = await hours();
    expect(h.officeHours).toEqual({ openNow: true, text: 'Monday to Friday, 9:30am to 5pm' });
  });
});
