// A one-word brand and a product word after a name cue ("with Stripe Elements", "with Okta Verify"): the brand's product,
// no person (brands.ts). Texts of our own in the kind of held-out set 91 (a university's developers), none from a set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a brand’s product after a cue is no person', () => {
  it.each([
    ['Stripe', 'The halls deposit page never loads in headless Chrome. Known issue with Stripe Elements?'],
    ['Okta', 'Sign-in keeps failing with Okta Verify, the push never arrives.'],
    ['Google', 'The campus map is blank on iOS with Google Maps embedded.'],
    ['Slack', 'Can we share the channel with Slack Connect between the faculties?'],
    ['Zoom', 'Recorded lectures fail to start with Zoom Rooms in the main hall.'],
    ['Moodle', 'Is the quiz plugin compatible with Moodle Workplace?'],
  ])('%s', (_, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a person after a cue stays a person', () => {
  it.each([
    ['a given name and a surname', 'Please book a call with Graham Pettifer about his appeal.', 'Graham Pettifer'],
    ['a brand word before a listed surname', 'Please book a call with Mango Williams about her appeal.', 'Mango Williams'],
  ])('%s', (_, text, name) => {
    expect(persons(text)).toContain(name);
  });
});
