// Dates after a death word (birth-dates.ts): a death more than 50 years back is history, not a record's date.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const dates = (text: string): string[] => detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));

describe('a death more than 50 years back is history', () => {
  it.each([
    ['en', 'Worksheet: the suffragette Emily Wilding Davison died 8 June 1913 at the Derby.'],
    ['en', 'He died on 14 February 1962 in Leeds.'],
    ['de', 'Der Reformer starb am 15. Januar 1919 in Berlin.'],
    ['fr', 'Jean Jaurès, mort le 31 juillet 1914 au café du Croissant.'],
    ['es', 'El poeta murió el 19 de agosto de 1936; su hermano falleció el 2 de mayo de 1950.'],
    ['nl', 'De schilder overleed op 29 juli 1950 in Auvers.'],
    ['it', 'Il deputato morì il 10 giugno 1924; la moglie, deceduta il 3 marzo 1952.'],
  ])('%s: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('a recent death stays a date of the record, and a birth date after a death date stays one', () => {
    expect(dates('The patient died on 03/12/2024 at 04:10.')).toEqual(['03/12/2024']);
    expect(dates('Date of death: 14/02/1962, DOB 01/02/1931')).toEqual(['01/02/1931']);
    expect(dates('Mio padre, deceduto il 12/03/2021, nato il 04/05/1940.')).toContain('04/05/1940');
  });
});
