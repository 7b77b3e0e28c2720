import { describe, expect, it } from 'vitest';
import { chatPayload, isChatHost, slackEscape, slackPayload, teamsPayload, testMessage, urlHint } from './chat.formats.ts';

describe('Slack messages', () => {
  it('escape &, < and > so text never becomes a link or a mention', () => {
    expect(slackEscape('R&D <!channel> <https://x.be|click> a > b')).toBe('R&amp;D &lt;!channel&gt; &lt;https://x.be|click&gt; a &gt; b');
  });

  it('carry the subject as text and header, the body as a mrkdwn section', () => {
    expect(slackPayload({ subject: 'Welkom <Nina>', body: 'Start bij R&D', lang: 'nl' })).toEqual({
      text: 'Welkom &lt;Nina&gt;',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Welkom &lt;Nina&gt;', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Start bij R&amp;D' } },
      ],
    });
  });

  it("stay within Slack's limits (header 150, section 3000 characters)", () => {
    const p = slackPayload({ subject: 'x'.repeat(400), body: 'y'.repeat(5000), lang: 'en' });
    expect(p.blocks[0].text.text).toHaveLength(150);
    expect(p.blocks[1].text.text).toHaveLength(3000);
    expect(p.blocks[1].text.text.endsWith('…')).toBe(true);
  });
});

describe('Teams messages', () => {
  it('are one Adaptive Card 1.4 in the message language, subject bold and body wrapping, unescaped', () => {
    const p = teamsPayload({ subject: 'Bienvenue à Nina', body: 'Elle rejoint R&D <Namur>', lang: 'fr' });
    expect(p.type).toBe('message');
    expect(p.attachments).toHaveLength(1);
    expect(p.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(p.attachments[0].content).toEqual({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4',
      lang: 'fr',
      body: [
        { type: 'TextBlock', text: 'Bienvenue à Nina', weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: 'Elle rejoint R&D <Namur>', wrap: true },
      ],
    });
  });

  it('are chosen by the channel kind', () => {
    const m = { subject: 's', body: 'b', lang: 'en' };
    expect(chatPayload('teams', m)).toEqual(teamsPayload(m));
    expect(chatPayload('slack', m)).toEqual(slackPayload(m));
  });
});

describe('webhook addresses', () => {
  const u = (s: string) => new URL(s);
  it('accept Slack incoming webhooks only on hooks.slack.com/services over https', () => {
    expect(isChatHost('slack', u('https://hooks.slack.com/services/T000/B000/XXXX'))).toBe(true);
    expect(isChatHost('slack', u('http://hooks.slack.com/services/T000/B000/XXXX'))).toBe(false);
    expect(isChatHost('slack', u('https://hooks.slack.com/workflows/T000'))).toBe(false);
    expect(isChatHost('slack', u('https://hooks.slack.com.evil.be/services/T000'))).toBe(false);
    expect(isChatHost('slack', u('https://acme.webhook.office.com/webhookb2/x'))).toBe(false);
  });

  it('accept Teams Workflows and connector addresses', () => {
    expect(isChatHost('teams', u('https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x'))).toBe(
      true,
    );
    expect(isChatHost('teams', u('https://default1234.56.environment.api.powerplatform.com/powerautomate/automations/direct/x'))).toBe(
      true,
    );
    expect(isChatHost('teams', u('https://acme.webhook.office.com/webhookb2/abc'))).toBe(true);
    expect(isChatHost('teams', u('https://logic.azure.com.evil.be/workflows'))).toBe(false);
    expect(isChatHost('teams', u('https://evilwebhook.office.com.be/x'))).toBe(false);
    expect(isChatHost('teams', u('https://hooks.slack.com/services/T000'))).toBe(false);
  });

  it('show only the host and the last four characters', () => {
    expect(urlHint(u('https://hooks.slack.com/services/T000/B000/abcdWXYZ'))).toBe('hooks.slack.com …WXYZ');
  });
});

describe('the test message', () => {
  it('is written in the channel language, English for any other', () => {
    expect(testMessage('nl', 'Team Gent')).toMatchObject({ lang: 'nl', subject: 'Testbericht van Embassy' });
    expect(testMessage('fr', 'Équipe Namur').body).toContain('Équipe Namur');
    expect(testMessage('de', 'Team').lang).toBe('en');
  });
});
