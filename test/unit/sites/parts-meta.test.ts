// Opener lines and caption fields, on lines as real opinions print them (the opener lines
// are from the project corpus: Supreme Court, Second Circuit and New York slip opinions).
import { describe, expect, it } from 'vitest';
import { classifyOpener } from '../../../lib/sites/parts';
import { findCaption, findCitation, findDate } from '../../../lib/sites/meta';

const part = (kind: string, author: string | null) => ({ kind, author });

describe('classifyOpener', () => {
  it.each([
    ['JUSTICE GINSBURG, dissenting.', part('dissent', 'GINSBURG')],
    ['JUSTICE SCALIA, concurring.', part('concurrence', 'SCALIA')],
    ['JUSTICE BREYER, with whom JUSTICE SOTOMAYOR and JUSTICE KAGAN join, dissenting.', part('dissent', 'BREYER')],
    ['JUSTICE KENNEDY delivered the opinion of the Court.', part('majority', 'KENNEDY')],
    ['Mr. Justice BREWER, after stating the facts as above, delivered the opinion of the court.', part('majority', 'BREWER')],
    ['THOMAS, J., concurring', part('concurrence', 'THOMAS')],
    ['KATZMANN, Circuit Judge, concurring:', part('concurrence', 'KATZMANN')],
    ['Hall, Circuit Judge, concurring:', part('concurrence', 'Hall')],
    ['PER CURIAM :', part('per_curiam', null)],
    ['PER CURIAM.', part('per_curiam', null)],
    ['SPINA, J.', part('majority', 'SPINA')],
    // Google Scholar's Federal Circuit pages (Berkheimer v. HP; In re Stanford).
    ['Moore, Circuit Judge.', part('majority', 'Moore')],
    ['REYNA, Circuit Judge.', part('majority', 'REYNA')],
    ['DILLON, J.P., dissents, and votes to reverse the order, with the following memorandum:', part('dissent', 'DILLON')],
    // Chavez v. Martinez, 538 U.S. 760 (2003): a plurality.
    ['JUSTICE THOMAS announced the judgment of the Court and delivered an opinion.*', part('majority', 'THOMAS')],
  ])('%s', (line, expected) => {
    expect(classifyOpener(line)).toEqual(expected);
  });

  it.each([
    'Judge KATZMANN files a separate concurring opinion.',
    'Bollinger, 539 U. S. 244, 293 (2003) (Souter, J., dissenting)',
    'CHRISTOPHER, J.P., FORD, WARHIT and VOUTSINAS, JJ., concur.',
    'Concur—Webber, J.P., Friedman, Mendez, Shulman, Hagler, JJ.',
    'Before Moore, Taranto, and Stoll, Circuit Judges.',
    'Before PROST, Chief Judge, LOURIE and REYNA, Circuit Judges.',
    'Per curiam opinions are unsigned, and the practice of issuing them is old.',
    // Chavez's syllabus, not its opinion.
    'JUSTICE SOUTER delivered the opinion of the Court with respect to Part II, concluding that the issue whether Martinez may pursue a claim of liability for a substantive due process violation should be addressed on remand. Pp. 779-780.',
  ])('not an opener: %s', (line) => {
    expect(classifyOpener(line)).toBeNull();
  });
});

describe('caption fields', () => {
  it.each([
    ['Submitted Sept. 4, 2013. Decided Dec. 24, 2013.', 'Dec. 24, 2013'],
    ['Decided on June 11, 2020', 'June 11, 2020'],
    ['Argued November 4, 2020 — Decided January 8, 2021', 'January 8, 2021'],
    ['January 26, 1891.', 'January 26, 1891'],
  ])('date of %s', (text, date) => expect(findDate(text)).toBe(date));

  it.each([
    ['138 U.S. 109', '138 U.S. 109'],
    ['People v Seymore (2026 NY Slip Op 00028)', '2026 NY Slip Op 00028'],
    ['2020 NY Slip Op 50753(U)', '2020 NY Slip Op 50753(U)'],
    ['Feliciano v Seabrook', null],
    ['Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127 (9th Cir. 2011)', '632 F.3d 1127'],
  ])('citation in %s', (text, cite) => expect(findCitation(text)).toBe(cite));
});

describe('findCaption', () => {
  it.each([
    ['Winter v. Natural Resources Defense Council, Inc., 555 U.S. 7 (2008)', 'Winter v. Natural Resources Defense Council, Inc.'],
    ['Winter v. Natural Resources Defense Council, Inc., 555 US 7 - Supreme Court 2008', 'Winter v. Natural Resources Defense Council, Inc.'],
    ['Feliciano v Seabrook (2020 NY Slip Op 50753(U))', 'Feliciano v Seabrook'],
    ['People v Seymore', 'People v Seymore'],
    ['Judge blocks city’s new street-vendor permit rules while lawsuit proceeds', null],
  ])('%s', (title, caption) => expect(findCaption(title)).toBe(caption));

  it('finds a Scholar-style cite without periods', () => {
    expect(findCitation('Winter v. Natural Resources Defense Council, Inc., 555 US 7 - Supreme Court 2008')).toBe('555 US 7');
  });
});
