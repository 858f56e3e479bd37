import { describe, expect, it } from 'vitest';
import { adviserContactDeadline, appealDeadline, RULE_TEXTS } from '@sen/rules';
import { keyText, ruleText, templates } from './rule-text';

const ur = {
  'r13.notWorkingDay': '{date} کام کا دن نہیں ({reason})۔',
  'reason.sunday': 'اتوار',
  'r1.includes': 'اپیل میں یہ شامل ہے: {matters}۔',
  'matter.cease_plan': 'کونسل پلان ختم کرنا چاہتی ہے',
  'matter.plan_needs_b': 'ضروریات (سیکشن B)',
};

describe('ruleText', () => {
  it("writes a template in the catalogue's language, its date the language's way and its reason nested", () => {
    const text = ruleText(
      {
        key: 'r13.notWorkingDay',
        params: { date: { date: '2025-05-04' }, reason: { text: { key: 'reason.sunday' } } },
      },
      'English',
      ur,
      'ur',
    );
    const date = new Intl.DateTimeFormat('ur', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2025, 4, 4)));
    expect(text).toBe(`${date} کام کا دن نہیں (اتوار)۔`);
    expect(
      ruleText(
        {
          key: 'r1.includes',
          params: {
            matters: { list: [{ key: 'matter.cease_plan' }, { key: 'matter.plan_needs_b' }] },
          },
        },
        'English',
        ur,
        'ur',
      ),
    ).toBe('اپیل میں یہ شامل ہے: کونسل پلان ختم کرنا چاہتی ہے; ضروریات (سیکشن B)۔');
  });

  it('keeps the English sentence when there is no template or no translation of it', () => {
    expect(ruleText(undefined, 'The English.', ur, 'ur')).toBe('The English.');
    expect(ruleText({ key: 'r2.lastDay' }, 'The English.', ur, 'ur')).toBe('The English.');
  });

  it("gives, with the English texts, exactly the rules' own sentences", () => {
    const result = appealDeadline({
      decisionDate: '2025-10-27',
      certificateDate: '2025-11-30',
      today: '2026-02-01',
    });
    const r2 = adviserContactDeadline({ decisionDate: '2025-06-28' });
    for (const r of [result, r2]) {
      expect(r.steps.map((s, i) => ruleText(r.stepTemplates?.[i], '', RULE_TEXTS, 'en'))).toEqual(
        r.steps,
      );
      expect(
        r.warnings.map((w, i) => ruleText(r.warningTemplates?.[i], '', RULE_TEXTS, 'en')),
      ).toEqual(r.warnings.map((w) => w.message));
    }
  });

  it('takes only lists of templates from the API', () => {
    expect(templates([{ key: 'a' }])).toEqual([{ key: 'a' }]);
    expect(templates([{ key: 1 }])).toBeUndefined();
    expect(templates('x')).toBeUndefined();
    expect(keyText('deadlineLabelAppeal', 'English', { deadlineLabelAppeal: 'Polski' })).toBe(
      'Polski',
    );
    expect(keyText(undefined, 'English', {})).toBe('English');
  });
});
