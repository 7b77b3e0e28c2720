import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type LocalizedText } from '../../platform/language.ts';
import { JOURNEY_TEMPLATES } from './templates.ts';

/** Every text a reader sees of the ready journeys, with where it is. */
function texts(): [string, LocalizedText][] {
  return JOURNEY_TEMPLATES.flatMap((j) => [
    [`${j.key}: name`, j.name] as [string, LocalizedText],
    [`${j.key}: description`, j.description],
    ...j.steps.flatMap((s, i) => [
      [`${j.key} step ${i}: name`, s.name] as [string, LocalizedText],
      ...(s.task
        ? [
            [`${j.key} step ${i}: task title`, s.task.title] as [string, LocalizedText],
            ...s.task.checklist.map((c, k) => [`${j.key} step ${i}: item ${k}`, c] as [string, LocalizedText]),
          ]
        : []),
    ]),
  ]);
}

describe('the ready journeys', () => {
  it('name, describe and list everything in Dutch, French and English', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(40);
    for (const [where, text] of all) for (const l of UI_LANGUAGES) expect(text[l]?.trim(), `${where} (${l})`).toBeTruthy();
  });

  it('write every message in Dutch, French and English', () => {
    for (const j of JOURNEY_TEMPLATES)
      for (const s of j.steps)
        if (s.kind === 'message' || s.kind === 'survey_invitation')
          for (const l of UI_LANGUAGES)
            expect(s.templates[l]?.subject && s.templates[l]?.body, `${j.key}: ${s.name.en} (${l})`).toBeTruthy();
  });

  it('give each step of a journey its own name in every language, so a reader can tell them apart', () => {
    for (const j of JOURNEY_TEMPLATES)
      for (const l of UI_LANGUAGES) expect(new Set(j.steps.map((s) => s.name[l])).size, `${j.key} (${l})`).toBe(j.steps.length);
  });
});
