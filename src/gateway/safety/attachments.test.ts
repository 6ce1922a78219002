import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { findAttachments } from './attachments.js';
import { attachmentText } from './extract-text.js';
import { leaked } from '../test-support/leak-check.js';
import { CHAT_KEY, startHarness, type Harness } from '../test-support/harness.js';
import { tinyPdf } from '../test-support/pdf.js';

const PDF_TEXT = 'Patient Jane Roe SSN 536-22-1234 diagnosed HIV';
const pdf64 = tinyPdf(PDF_TEXT).toString('base64');
const clean64 = tinyPdf('Quarterly roadmap: ship the new onboarding flow').toString('base64');
const PNG64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const filePart = (data: string) => ({ type: 'file' as const, file: { filename: 'notes.pdf', file_data: `data:application/pdf;base64,${data}` } });

describe('attachments (issue 14 item 2: a PDF with an SSN was classified none and sent to the third party)', () => {
  it('finds file, image, audio and document parts in both formats, with their path and bytes', () => {
    const found = findAttachments({
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'see attached' }, filePart(pdf64), { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG64}` } }, { type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] },
        { role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: pdf64 } }, { type: 'image', source: { type: 'url', url: 'https://example.com/x.png' } }, { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'plain' } }] },
      ],
    });
    expect(found.map((a) => [a.path, a.kind, a.mediaType, a.base64 === undefined ? null : a.base64.length > 0])).toEqual([
      ['messages[0].content[1]', 'file', 'application/pdf', true],
      ['messages[0].content[2]', 'image', 'image/png', true],
      ['messages[0].content[3]', 'audio', 'audio/wav', true],
      ['messages[1].content[0]', 'file', 'application/pdf', true],
      ['messages[1].content[1]', 'image', undefined, null],
    ]);
  });

  it('extracts PDF text with unpdf', async () => {
    expect(await attachmentText({ kind: 'file', path: 'x', mediaType: 'application/pdf', base64: pdf64 }, 5_000)).toContain('SSN 536-22-1234');
    expect(await attachmentText({ kind: 'image', path: 'x', mediaType: 'image/png', base64: PNG64 }, 5_000)).toBeNull();
  });

  it('default (sensitive): the PDF goes only to the self-hosted model, zero bytes of it reach the third party (official SDK)', async () => {
    h = await startHarness();
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    await client.chat.completions.create({ model: 'claude-test', messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise this.' }, filePart(pdf64)] }] });
    await client.chat.completions.create({ model: 'claude-test', messages: [{ role: 'user', content: [{ type: 'text', text: 'What is in it?' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG64}` } }] }] });
    expect(h.store.records.map((r) => [r.destination, r.dataClass])).toEqual([
      ['local', 'phi'],
      ['local', 'phi'],
    ]);
    expect(leaked(h.claude, [pdf64.slice(0, 40), PNG64.slice(0, 40), 'Summarise this.'])).toEqual([]);
    expect(h.claude.requests).toHaveLength(0);
  });

  it('default (sensitive), Anthropic SDK: a PDF document block stays on the self-hosted model', async () => {
    h = await startHarness();
    const client = new Anthropic({ baseURL: h.url, apiKey: CHAT_KEY, maxRetries: 0 });
    await client.messages.create({ model: 'claude-test', max_tokens: 50, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: pdf64 } }, { type: 'text', text: 'Summarise.' }] }] });
    expect(h.store.records.map((r) => [r.destination, r.dataClass])).toEqual([['local', 'phi']]);
    expect(leaked(h.claude, [pdf64])).toEqual([]);
    expect(h.claude.requests).toHaveLength(0);
  });

  it('refuse: a 403 naming the part, nothing forwarded', async () => {
    h = await startHarness({ edit: (c) => void (c.routes[1]!.attachments = 'refuse') });
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CHAT_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-test', messages: [{ role: 'user', content: [filePart(clean64)] }] }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string; param: string } }).error).toMatchObject({ param: 'messages[0].content[0]', message: expect.stringContaining('does not accept file attachments (attachments: refuse)') });
    expect(h.claude.requests.length + h.local.requests.length).toBe(0);
    expect(h.store.records[0]).toMatchObject({ status: 403, reason: 'refused.attachment' });
  });

  it('scan-text: a PDF with an SSN is sensitive, a clean PDF may go to the third party, an image stays sensitive', async () => {
    h = await startHarness({ edit: (c) => void (c.routes[1]!.attachments = 'scan-text') });
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: CHAT_KEY, maxRetries: 0 });
    const send = (part: OpenAI.Chat.Completions.ChatCompletionContentPart) => client.chat.completions.create({ model: 'claude-test', messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise.' }, part] }] });
    await send(filePart(pdf64));
    await send(filePart(clean64));
    await send({ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG64}` } });
    expect(h.store.records.map((r) => [r.destination, r.dataClass])).toEqual([
      ['local', 'phi'],
      ['claude', 'none'],
      ['local', 'phi'],
    ]);
    expect(leaked(h.claude, [pdf64, PNG64])).toEqual([]);
    expect(h.claude.requests).toHaveLength(1);
  });
});
