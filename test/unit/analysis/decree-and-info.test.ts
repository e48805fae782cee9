import { describe, expect, it } from 'vitest';
import { readDecree } from '../../../lib/analysis/disposition';
import { findDate, findDocket, findJudge, findMovant, findTitle } from '../../../lib/analysis/document-info';
import { findCourt } from '../../../lib/analysis/court';
import { readHeading, runInHeading } from '../../../lib/analysis/headings';
import { splitSentences } from '../../../lib/analysis/sentences';

describe('decretal language', () => {
  it.each<[string, string | null]>([
    ['Smalls’ Motion for a Temporary Restraining Order (Doc. No. 11) is **DENIED**.', 'denied'],
    ['The preliminary injunction is affirmed, the temporary stay is dissolved, and the cause is remanded to the district court for further proceedings.', 'affirmed'],
    ['We also vacate the district court\'s preliminary injunction and remand the case to the district court for proceedings consistent with this opinion.', 'vacated'],
    ['IT IS HEREBY ORDERED that the Court grants a temporary administrative stay of the District Court’s Turnover Order pending the resolution of the stay motion by a three-judge panel.', 'granted'],
    ['For these reasons, we hold that enforcement of the Governor’s severe restrictions on the applicants’ religious services must be enjoined.', 'granted'],
    ['Plaintiffs’ motion for a preliminary injunction is GRANTED IN PART and DENIED IN PART.', 'granted_in_part'],
    ['The motion for a temporary restraining order is DENIED as moot.', 'moot'],
  ])('%s', (sentence, outcome) => {
    expect(readDecree(sentence)?.outcome ?? null).toBe(outcome);
  });

  it.each([
    ['history is not a ruling', 'The District Court and Court of Appeals declined to grant such relief.'],
    ['a dissent is not the court', 'I would grant the motion for an injunction pending appeal.'],
    ['a statute’s “be denied the benefits of” is not a ruling', 'No person in the United States shall, on the basis of sex, be excluded from participation in, be denied the benefits of, or be subjected to discrimination under any education program.'],
    ['a quotation is another court’s words', 'the panel clearly stated that “[w]hen a reviewing court determines that agency regulations are unlawful, the ordinary result is that the rules are vacated.”'],
    ['a condition is not a ruling (Tandon v. Newsom)', 'In the event the petition for a writ of certiorari is granted, the order shall terminate upon the sending down of the judgment of this Court.'],
    ['a factor of the test is not a ruling', 'the threatened harm to the defendant if the injunction is granted; and (4) the public interest.'],
  ])('%s', (_name, sentence) => {
    expect(readDecree(sentence)?.outcome ?? null).toBeNull();
  });
});

describe('document information', () => {
  it.each<[string, string, string, string | null]>([
    ['SO ORDERED line (Smalls v. Scruggs)', 'Smalls’ Motion ... is DENIED.\n\nSO ORDERED this 19th day of May 2017 at New Haven, Connecticut.', '', '2017-05-19'],
    ['Decided label', '(Argued: January 24, 2006        Decided: October 12, 2007)', '', '2007-10-12'],
    ['Filed, day first (N.C.)', 'IN THE SUPREME COURT OF NORTH CAROLINA \n2022-NCSC-1 \nNo. 363A14-4 \nFiled 11 February 2022 \n', '', '2022-02-11'],
    ['a date alone in the caption (Cohen v. Brown)', 'for appellees.\n\n                          April 16, 1993\n\n', '', '1993-04-16'],
    ['a year in words (2d Cir. order)', 'held at the Thurgood Marshall United States Courthouse, 40 Foley Square, in the City of New York, on the \n15th day of July, two thousand twenty-five.', '', '2025-07-15'],
    ['Dated: in the signature block', '', 'IT IS SO ORDERED \nDated: August 5, 2016 \n      DAVID O. CARTER', '2016-08-05'],
    ['"So ordered" opening a line', '', 'The motion is denied.\n\nSo ordered this 3rd day of March, 2021.', '2021-03-03'],
    ['a date opening the text (Wilson v. All, S.C. 1910, Lawbox)', 'August 20, 1910. The opinion of the Court was delivered by\nPlaintiff brought this action', '', '1910-08-20'],
    ['prose history is not the decision date (Hirsch v. Dorsey Trailers)', 'Filed June 5, 1998\n\nUNITED STATES COURT OF APPEALS', 'the District Court entered the injunction on August 26, 1997, when it instead', '1998-06-05'],
  ])('date: %s', (_name, head, tail, date) => {
    expect(findDate(head, tail)).toBe(date);
  });

  it.each<[string, string, string, string | null]>([
    ['signature', '', '/s/ Janet C. Hall\nJanet C. Hall\nUnited States District Judge', 'Janet C. Hall'],
    ['author line', 'III.\n\n            HOWARD, Circuit Judge.          In 2005, the Commonwealth of', '', 'Howard'],
    ['per curiam', ' [*65]  [**207]  PER CURIAM.\n\nApplication for injunctive relief presented to Justice Breyer', '', null],
    ['Justice delivered', '   JUSTICE KENNEDY delivered the opinion of the Court.', '', 'Kennedy'],
    ['name over title', '', '      DAVID O. CARTER \n      United States District Judge   ', 'David O. Carter'],
    ['district judge author line', 'MEMORANDUM OPINION\n\nKETANJI BROWN JACKSON, United States District Judge\n\nAdministrative agencies have long been required', '', 'Ketanji Brown Jackson'],
    ['chief judge of a circuit', 'Opinion for the Court filed by Chief Judge Edwards.\n\n     Edwards, Chief Judge:  This case involves a claim', '', 'Edwards'],
    ['state justice author line', 'Appeal pursuant to N.C.G.S. § 7A-30(2)\n\nHUDSON, Justice. \n\nThis case is before us for the second time.', '', 'Hudson'],
    ['not a justice mentioned in a sentence', 'as JUSTICE KAGAN, concurring, put it.\n', '', null],
    ['a state signature, name over title (Williams v. Williams, Tex. App. 2017)', '', 'We dismiss the appeal as moot.\n\n                                             Jane Bland\n                                             Justice\n\nPanel consists of Justices Jennings, Bland, and Brown.', 'Jane Bland'],
    ['a court named over a title is no judge', '', 'Respectfully submitted,\nSupreme Court\nJudge\n', null],
  ])('judge: %s', (_name, head, tail, judge) => {
    expect(findJudge(head, tail)).toBe(judge);
  });

  it.each<[string, string, string | null]>([
    ['place and title (Smalls v. Scruggs)', 'SO ORDERED this 19th day of May 2017 at New Haven, Connecticut.\n/s/ Janet C. Hall\nUnited States District Judge', 'ctd'],
    ['circuit caption', '', 'ca1'],
    ['district caption', '', 'cacd'],
    ['state high court', '', 'nc'],
  ])('court: %s', (name, tail, id) => {
    const heads: Record<string, string> = {
      'circuit caption': 'UNITED STATES COURT OF APPEALS\n   FOR THE FIRST CIRCUIT\n\nNo. 92-2483',
      'district caption': 'UNITED STATES DISTRICT COURT \nCENTRAL DISTRICT OF CALIFORNIA \nCONSUMERINFO.COM, INC.',
      'state high court': 'IN THE SUPREME COURT OF NORTH CAROLINA \n2022-NCSC-1',
    };
    expect(findCourt(heads[name] ?? 'and the reasons why it should not be required.', tail, '')?.id ?? null).toBe(id);
  });

  it('an application presented to a Justice is the Supreme Court’s, though it names a circuit', () => {
    const head = 'PER CURIAM.\n\nApplication for injunctive relief presented to Justice Breyer and by him referred to the Court granted. Respondent is enjoined ... pending disposition of the appeal in the United States Court of Appeals for the Second Circuit';
    expect(findCourt(head, '', '')?.id).toBe('scotus');
  });

  it.each([
    ['No. 92-2483\n\nAMY COHEN', '92-2483'],
    ['Case No. 8:16-cv-1261 DOC (KESx)', '8:16-cv-1261'],
    ['ORDER \n \nDocket No. 25-1686 \n', '25-1686'],
  ])('docket in %j', (head, docket) => {
    expect(findDocket(head)).toBe(docket);
  });
});

describe('headings', () => {
  it.each<[string, string | null, number | null]>([
    ['B. Irreparable Injury.', 'harm', 2],
    ['VI.  THE PRELIMINARY INJUNCTION', null, 1],
    ['C.  The Balance of Harms.', 'equities', 2],
    ['3. The Court finds that no bond is required.', null, null],
    ['II.', null, 1],
    ['B.', null, 2],
  ])('%j', (text, factor, level) => {
    const h = readHeading(text);
    expect(h?.level ?? null).toBe(level);
    if (h) expect(h.factor).toBe(factor);
  });

  it.each<[string, string | null]>([
    ['Irreparable harm. There can be no question that the challenged restrictions will cause irreparable harm.', 'harm'],
    ['Public interest. Finally, it has not been shown that granting the applications will harm the public.', 'public'],
    ['In a red zone, while a synagogue or church may not admit more than 10 persons, businesses may admit as many as they wish.', null],
  ])('run-in %j', (text, factor) => {
    expect(runInHeading(text)?.factor ?? null).toBe(factor);
  });
});

describe('sentences', () => {
  it('does not split citations or initials', () => {
    const t = 'Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008). Id. at 510. Smalls saw Dr. Wright. Janet C. Hall signed.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008).',
      'Id. at 510.',
      'Smalls saw Dr. Wright.',
      'Janet C. Hall signed.',
    ]);
  });
});

describe('movant', () => {
  it.each<[string, string | null]>([
    ['Smalls’ Motion for a Temporary Restraining Order (Doc. No. 11) is **DENIED**.', 'Smalls'],
    ['In each of the above-captioned appeals, Appellant moves for a stay pending the appeal of the District Court\'s Turnover Order.', 'Appellant'],
    ["For the reasons explained fully below, Plaintiffs' motion for a preliminary injunction will be GRANTED.", 'Plaintiffs'],
    ['The Court of Appeals affirmed the judgment.', null],
  ])('%s', (text, movant) => {
    expect(findMovant(text)).toBe(movant);
  });
});

describe('several motions', () => {
  it('lists each ruling and takes the relief ruled on first', async () => {
    const { analyze } = await import('../../../lib/analyze');
    const text = [
      'Plaintiff must show that he is likely to succeed on the merits and likely to suffer irreparable harm in the absence of preliminary relief, that the balance of equities tips in his favor, and that an injunction is in the public interest. Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 20 (2008).',
      'Plaintiff has shown a likelihood of success on the merits, and the loss of his First Amendment freedoms is irreparable harm.',
      'Plaintiff’s Motion for a Temporary Restraining Order (Doc. No. 5) is DENIED as moot. Plaintiff’s Motion for a Preliminary Injunction (Doc. No. 9) is GRANTED.',
    ].join('\n\n');
    const a = analyze({ text });
    expect(a.standard.relief).toBe('tro');
    expect(a.disposition.outcome).toBe('granted');
    expect(a.disposition.motions?.map((m) => [m.motion, m.outcome])).toEqual([
      ['Motion for a Temporary Restraining Order', 'moot'],
      ['Motion for a Preliminary Injunction', 'granted'],
    ]);
    expect(text.slice(a.disposition.start, a.disposition.end)).toBe('Plaintiff’s Motion for a Preliminary Injunction (Doc. No. 9) is GRANTED.');
  });
});

describe('title', () => {
  it.each<[string, string, string | null]>([
    ['caption over roles (Cohen v. Brown)', 'No. 92-2483\n\n                        AMY COHEN, ET AL.,\n\n                      Plaintiffs, Appellees,\n\n                                v.\n\n                    BROWN UNIVERSITY, ET AL.,\n\n                     Defendants, Appellants.', 'Amy Cohen v. Brown University'],
    ['a running title line (Fisher)', 'SUPREME COURT OF THE UNITED STATES\n\n                                       Syllabus\n\n FISHER v. UNIVERSITY OF TEXAS AT AUSTIN ET AL.\n\nCERTIORARI TO', 'Fisher v. University of Texas at Austin'],
    ['nothing to read (Smalls v. Scruggs starts mid-sentence)', 'and the reasons why it should not be required.” Oliphant v. Villano, No. 09 Civ. 862 (JBA)', null],
  ])('%s', (_name, head, title) => {
    expect(findTitle(head)).toBe(title);
  });
});
