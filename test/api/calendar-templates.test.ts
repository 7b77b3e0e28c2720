import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/platform/language.ts';
import { StepEvent } from '../../src/modules/moments/moments.schemas.ts';
import { JOURNEY_TEMPLATES } from '../../src/modules/moments/templates.ts';

const withEvents = JOURNEY_TEMPLATES.flatMap((j) => j.steps.filter((s) => s.event).map((s) => ({ journey: j.key, step: s })));

describe('the ready journeys that are events', () => {
  it('are the welcome day, the feedback conversations at 30, 60 and 90 days and the retirement conversation', () => {
    expect(withEvents.map((e) => `${e.journey}: ${e.step.name.en}`)).toEqual([
      'onboarding: Welcome day invitation',
      'onboarding: Feedback check-in at 30 days',
      'onboarding: Feedback check-in at 60 days',
      'onboarding: Feedback check-in at 90 days',
      'retirement: Retirement conversation invitation',
    ]);
  });

  it('are message steps whose event is valid as the API takes it, with its place in Dutch, French and English', () => {
    for (const { journey, step } of withEvents) {
      expect(step.kind, `${journey}: ${step.name.en}`).toBe('message');
      expect(StepEvent.safeParse(step.event).success, `${journey}: ${step.name.en}`).toBe(true);
      if (step.event!.location) for (const l of UI_LANGUAGES) expect(step.event!.location[l]?.trim()).toBeTruthy();
    }
  });

  it('take place after their mail goes out', () => {
    for (const { journey, step } of withEvents) {
      // A working-day offset before the anchor is at least as many calendar days before it.
      const mailDay = step.offsetUnit === 'working' && step.offsetDays > 0 ? step.offsetDays * 2 : step.offsetDays;
      expect(step.event!.offsetDays, `${journey}: ${step.name.en}`).toBeGreaterThan(mailDay);
    }
  });

  it('fall on the weekday of the first day when anchored on it', () => {
    for (const { step } of withEvents.filter((e) => e.step.anchor === 'start_date')) expect(step.event!.offsetDays % 7).toBe(0);
  });
});
