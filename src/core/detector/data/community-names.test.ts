// The nickname and community lists hold names only: lower case, three letters or more, none of the everyday words of
// the six languages that the Hunspell check cannot see because the dictionaries hold them by their stem.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_GIVEN_NAMES, COMMUNITY_SURNAMES, NICKNAMES } from './community-names.js';

const all = `${NICKNAMES} ${COMMUNITY_GIVEN_NAMES} ${COMMUNITY_SURNAMES}`.split(' ');

describe('community-names', () => {
  it('holds lower-case names of three letters or more', () => {
    for (const w of all) expect(w).toMatch(/^\p{Ll}[\p{Ll}-]{2,}$/u);
  });

  it('leaves out inflected everyday words', () => {
    const words = 'ans nati puri santi bains besa sita rosi mags baz ste edu ciccio encarna lucho chelo matze kong les des une per con che'.split(' ');
    for (const w of words) expect(all).not.toContain(w);
  });
});
