import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/document/build';
import { toSourceSpan } from '../../../lib/document/model';
import { bodies, mapErrors, readings } from './helpers';

// Real snippets from the corpus (public-domain opinions), each with what the segmenter must make of it.
describe('paragraphs', () => {
  it.each([
    [
      'page break mid-sentence, blank line between halves (D. Conn. 2017, 002_*.txt)',
      'irreparable harm in the absence of injunctive relief. See American Civil Liberties Union v. Clapper, 804 F.3d 617, 622 (2d Cir. 2015). “In deciding a motion for preliminary\n\ninjunction, a court may consider the entire record including affidavits and other hearsay evidence.” Johnson, 2003 WL 169797, *1.\n\nWhen the movant seeks a “mandatory injunction,” meaning an injunction that will “alter[]”—rather than maintain—the status quo by commanding some “positive act,” the movant must satisfy an even “higher standard” of proof.',
      [
        'irreparable harm in the absence of injunctive relief. See American Civil Liberties Union v. Clapper, 804 F.3d 617, 622 (2d Cir. 2015). “In deciding a motion for preliminary\n\ninjunction, a court may consider the entire record including affidavits and other hearsay evidence.” Johnson, 2003 WL 169797, *1.',
        'When the movant seeks a “mandatory injunction,” meaning an injunction that will “alter[]”—rather than maintain—the status quo by commanding some “positive act,” the movant must satisfy an even “higher standard” of proof.',
      ],
    ],
    [
      'typed opinion: indented first lines, block quote kept in its paragraph (D.C. Cir. 1997)',
      '     The parties\' indemnity agreement provides a "good faith"\nstandard for determining whether Ideal is obligated to indem-\nnify IFIC for attorney\'s fees:\n\n     the Surety shall be entitled to charge for any and all\n     disbursements made by it in good faith in or about the\n     amount of the liability to the Surety.\n\nIndemnity Agreement at p 2. However, the parties dispute\nexactly what this good faith standard requires.\n\n     There is no clear precedent under District of Columbia law\non this question.\n\n     In any case, we need not resolve the contract interpretation\nquestion.\n',
      [
        '     The parties\' indemnity agreement provides a "good faith"\nstandard for determining whether Ideal is obligated to indem-\nnify IFIC for attorney\'s fees:\n\n     the Surety shall be entitled to charge for any and all\n     disbursements made by it in good faith in or about the\n     amount of the liability to the Surety.\n\nIndemnity Agreement at p 2. However, the parties dispute\nexactly what this good faith standard requires.'.trimStart(),
        'There is no clear precedent under District of Columbia law\non this question.',
        'In any case, we need not resolve the contract interpretation\nquestion.',
      ],
    ],
    [
      'slip opinion: three-space first-line indents, no blank lines (Tandon v. Newsom, 2021)',
      '   The Ninth Circuit’s failure to grant an injunction pending\nappeal was erroneous. This Court’s decisions have made\nthe following points clear.\n   First, government regulations are not neutral and gener-\nally applicable, and therefore trigger strict scrutiny under\nthe Free Exercise Clause.\n',
      [
        'The Ninth Circuit’s failure to grant an injunction pending\nappeal was erroneous. This Court’s decisions have made\nthe following points clear.',
        'First, government regulations are not neutral and gener-\nally applicable, and therefore trigger strict scrutiny under\nthe Free Exercise Clause.',
      ],
    ],
    [
      'slip opinion: a note under its rule between the halves of a sentence (Fisher v. Univ. of Texas, 2013)',
      '   Fourth, the Court has said so. Id., at 216.1 In that case, the Court upheld an\nevacuation order directed at “all persons of Japanese\nancestry” on the grounds that the Nation was at war with\nJapan and that the order had “a definite and close rela-\n\n——————\n  1 The standard of “pressing public necessity” is more frequently called\n\na “compelling governmental interest.” I use the terms interchangeably.\n                 Cite as: 570 U. S. ____ (2013)            3\n\ntionship to the prevention of espionage and sabotage.” 323\nU. S., at 217–218. Second, the Court has recognized that.\n   Third, the State must show it.\n   Fifth, we will see.\n',
      [
        'Fourth, the Court has said so. Id., at 216.1 In that case, the Court upheld an\nevacuation order directed at “all persons of Japanese\nancestry” on the grounds that the Nation was at war with\nJapan and that the order had “a definite and close rela-\n\n——————\n  1 The standard of “pressing public necessity” is more frequently called\n\na “compelling governmental interest.” I use the terms interchangeably.\n                 Cite as: 570 U. S. ____ (2013)            3\n\ntionship to the prevention of espionage and sabotage.” 323\nU. S., at 217–218. Second, the Court has recognized that.',
        'Third, the State must show it.',
        'Fifth, we will see.',
      ],
    ],
  ])('%s', (_name, source, expected) => {
    const doc = buildDocument(source);
    expect(bodies(doc)).toEqual(expected);
    expect(mapErrors(doc)).toEqual([]);
  });
  // An order's lettered list as the PDF reader writes it, one paragraph a line (C.D. Cal. 2016, ConsumerInfo v. Leon)
  const ORDER = [
    'A preliminary injunction is warranted because Experian has established a likelihood of success on the merits of at least one cause of action contained in the complaint, a likelihood of irreparable harm if Defendant Leon is not enjoined from use of Experian’s source code, a balance of hardships that tips in favor of Experian, and that public interest favors an injunction to foreclose Defendant Leon from violating state and federal law and his confidentiality agreements. The preliminary injunction is based on the findings of fact and conclusions of law as stated on the record at the hearing on the matter.',
    'THUS, IT IS HEREBY ORDERED THAT:',
    '1. Defendant Leon, his agents, servants, employees, and attorneys, and all persons who are in active concert or participation with him are enjoined from the unauthorized use, duplication, or distribution of Experian’s JavaScript code, Experian’s source code, Experian’s utilities code; and the copying and facilitating or encouraging the copying of Experian JavaScript code, Experian’s source code or Experian’s utilities code, including that Defendant Leon is specifically prohibited from:',
    '(a) uploading or posting any Experian JavaScript code, Experian’s source code, or Experian’s utilities code on any website, server, database, or domain, whether public or private;',
    '(b) disclosing any Experian JavaScript code, Experian’s source code, or Experian’s utilities code to any other person or entity, including but not limited to, his current employer SPIREON;',
    '(c) using or attempting to use any Experian JavaScript code, Experian’s source code, Experian’s utilities code in any way for any purpose, commercial or otherwise; and',
    '(d) disclosing, using, or attempting to use the Experian Amazon Web Services access keys assigned to him during his employment with Tallan and assignment to Experian.',
    '2. Defendant Leon must preserve all relevant evidence—including documents, communications, emails, computer data, and records of any type—that is or may be relevant to this dispute. Among other things, Defendant Leon must take steps to preserve all documents and communications that relate in any way to Experian’s JavaScript code or source code for Project Corvette. Defendant Leon must also ensure that all document destruction programs are suspended with respect to any documents, files, or data maintained on any server or computer related in any way to his conduct in this dispute.',
    '3. The Court finds that no bond is required.',
  ];
  it('an order’s lettered items after "from:", "private;" and "otherwise; and" are paragraphs of their own', () => {
    const doc = buildDocument(ORDER.join('\n\n') + '\n');
    expect(doc.layout).toBe('line-per-paragraph');
    expect(bodies(doc)).toEqual(ORDER);
    expect(mapErrors(doc)).toEqual([]);
  });
  it('a lettered item after a line that closes no list lead still reads as the sentence going on', () => {
    // "…is specifically prohibited" (no colon) ⏎ "(a) uploading…": the page or the gap cut a sentence
    const cut = [ORDER[1], ORDER[2].replace(/ from:$/, ''), ORDER[3]];
    const doc = buildDocument([...cut, ...ORDER.slice(7)].join('\n\n') + '\n');
    expect(bodies(doc)[1]).toBe(`${cut[1]}\n\n${cut[2]}`);
  });
  // A converter that put linked citations on lines of their own (Alabama Assn. of Realtors, 2021, Breyer, J., dissenting)
  const REALTORS_A = "pand the agency’s powers by providing congressional au-\nthorization to act on personal property when necessary. See\n_x000c_4       ALABAMA ASSN. OF REALTORS v. DEPARTMENT\n             OF HEALTH AND HUMAN SERVS.\n                   BREYER, J., dissenting\n\nFTC v. American Tobacco Co., \n\n264 U. S. 298\n\n, 305–306\n(1924). It could also be read to provide emphasis regarding\nparticular enforcement measures. See Ali v. Federal Bu-\nreau of Prisons, \n\n552 U. S. 214\n\n, 226 (2008).\n   Applicants urge, and today’s per curiam agrees, that the\nsecond sentence should instead be read to cabin the CDC’s\nauthority. Not only does that reading lack a clear statutory\nbasis but the second sentence goes on to empower the CDC\nto take “other measures, as in [its] judgment may be neces-\nsary.” \n\n42 U. S. C. §264\n\n(a). Furthermore, reading the pro-\nvision’s second sentence to narrow its first would under-\nmine Congress’ purpose. As a key drafter explained, “[t]he\nsecond sentence of subsection (a)” was written not to limit\nthe broad authority contained in the first sentence, but to\n“expressly authorize . . . inspections and . . . other steps nec-\nessary in the enforcement of quarantine.” Hearings on\nH. R. 3379 before the Subcommittee of the Committee on\nInterstate and Foreign Commerce, 78th Cong., 2d Sess.,\n139 (1944).\n   The per curiam also says that Congress must speak more\nclearly to authorize the CDC to address public health crises\nvia eviction moratoria. But it is undisputed that the statute\npermits the CDC to adopt significant measures such as\nquarantines, which arguably impose greater restrictions on\nindividuals’ rights and state police powers than do limits on\nevictions. Indeed, the current Congress did not bristle at\nthe Government’s reading of the statute. In 2020, Congress\nextended the CDC’s moratorium “issued . . . under section\n361 of the Public Health Service Act.” Consolidated Appro-\npriations Act, 2021, Pub. L. 116–260, §502, \n\n134 Stat. 2078\n\n–\n2079.\n   In any event, lower courts have split on this question.\nCompare Alabama Assn. of Realtors v. Department of\nHealth and Human Servs., \n\n2021 WL 2221646\n\n, *2 (CADC,\nJune 2, 2021), with Tiger Lily, LLC v. United States Dept.\nof Housing and Urban Development, \n\n5 F. 4th 666\n\n, 669–670\n_x000c_                  Cite as: 594 U. S. ____ (2021)            5\n\n                     BREYER, J., dissenting\n\n(CA6 2021). Given the split among the Circuits, it is at least\nhard to say that the Government’s reading of the statute is\n“demonstrably wrong.” See Coleman v. Paccar Inc., \n\n424\nU. S. 1301\n\n, 1304 (1976) (Rehnquist, J., in chambers). At\nminimum, there are arguments on both sides.\n   Certainly this Court did not resolve the question by deny-\ning applicants’ last emergency motion, whatever one Jus-\ntice might have said in a concurrence. The scope of that\nchallenged moratorium, the balance of the equities, and the\npublic interest were all different. As is typical in this\nCourt’s emergency orders denying extraordinary relief, we\nsaid almost nothing about our reasons for declining to act.\n   Second, the balance of equities strongly favors leaving\nthe stay in place. Applicants say they have lost “thousands\nof dollars” in rental income. See Application 32. That in-\njury is lessened by the moratorium order’s directive that\ntenants have an obligation to make “as close to the full rent\npayment” as possible. \n\n86 Fed. Reg. 43245\n\n. And to compen-\nsate for the shortfall, Congress has appropriated more than\n$46.5 billion to help pay rent and rental arrears. See §501,\n\n134 Stat. 2070\n\n–2078 (appropriating $25 billion); American\nRescue Plan Act, 2021, Pub. L. 117–2, §3201(a)(1), \n\n135 Stat.\n54\n\n (appropriating $21.5 billion more). It may, as applicants\nsay, take time to get that money—and that is an injury.\n   But compare that injury to the irreparable harm from va-\ncating the stay. COVID–19 transmission rates have spiked\nin recent weeks, reaching levels that the CDC puts as high\nas last winter: 150,000 new cases per day.\n_x000c_6       ALABAMA ASSN. OF REALTORS v. DEPARTMENT\n             OF HEALTH AND HUMAN SERVS.\n                   BREYER, J., dissenting\n\n\n\n";
  const REALTORS_B = REALTORS_A;
  const bodyWith = (doc: ReturnType<typeof buildDocument>, words: string) => bodies(doc).find((b) => b.includes(words)) ?? '';
  it('a Westlaw pin "*2" and a court in capitals on their own lines end no paragraph', () => {
    const doc = buildDocument(REALTORS_A);
    const p = bodyWith(doc, 'In any event, lower courts have split');
    expect(p).toContain('June 2, 2021), with Tiger Lily');
    expect(p.trimEnd().endsWith('minimum, there are arguments on both sides.')).toBe(true);
    expect(bodyWith(doc, 'Certainly this Court did not resolve').startsWith('Certainly')).toBe(true);
    expect(mapErrors(doc)).toEqual([]);
  });
  it('a citation broken before its page ("135 Stat." ⏎ "54") is neither a heading nor a paragraph end', () => {
    const doc = buildDocument(REALTORS_B);
    expect(doc.headings.map((h) => h.text)).not.toContain('54');
    expect(bodyWith(doc, 'Second, the balance of equities')).toContain('(appropriating $21.5 billion more)');
    expect(mapErrors(doc)).toEqual([]);
  });
  it('reads a Westlaw pin on a line of its own as the cite’s pin, not a star page', () => {
    const doc = buildDocument('   In any event, see Realtors v. HHS, \n\n2021 WL 2221646\n\n, *2 (CADC,\nJune 2, 2021). So it is.\n');
    expect(doc.pages.map((p) => p.page)).not.toContain('2');
  });
});

describe('double-spaced typescript (Cohen v. Brown, 1st Cir. 1993)', () => {
  const source =
    '          SELYA,  Circuit   Judge.    In  this   watershed  case,\n          SELYA,  Circuit   Judge.\n                                 \n\ndefendants-appellants  Brown  University  appeal.1  After\n\nmapping  Title IX\'s rugged  legal terrain, we affirm.\n\nI.  BROWN ATHLETICS:  AN OVERVIEW\n\n          College  athletics,   particularly  in  the   realm  of\n\nfootball and basketball,  has traditionally occupied  a prominent\n\nrole.\n\n          The  highway of  opportunity runs  in both  directions.\n\n                    \n\n     1The individual defendants are, respectively,  the President\nand  Athletic Director of  the University.\n\n                                2\n\nNot only  student-athletes, but  universities, too,  benefit from\n\nthe magic  of intercollegiate sports.\n\n          In these terms, Brown will never be confused with Notre\n\nDame.\n';
  const doc = buildDocument(source);

  it('finds paragraphs by indentation, not by blank lines', () => {
    expect(readings(doc)).toEqual([
      "SELYA, Circuit Judge. In this watershed case, defendants-appellants Brown University appeal.1 After mapping Title IX's rugged legal terrain, we affirm.",
      'College athletics, particularly in the realm of football and basketball, has traditionally occupied a prominent role.',
      'The highway of opportunity runs in both directions. Not only student-athletes, but universities, too, benefit from the magic of intercollegiate sports.',
      '1The individual defendants are, respectively, the President and Athletic Director of the University.',
      'In these terms, Brown will never be confused with Notre Dame.',
    ]);
  });

  it('records the heading and sets it on the paragraphs below', () => {
    expect(doc.headings.map((h) => h.text)).toEqual(['I. BROWN ATHLETICS: AN OVERVIEW']);
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([null, ...Array(4).fill('I. BROWN ATHLETICS: AN OVERVIEW')]);
  });

  it('keeps the footnote apart; the body paragraph spans it in the source but not in the reading', () => {
    expect(doc.footnotes).toHaveLength(1);
    const note = doc.footnotes[0];
    expect(note.label).toBe('1');
    expect(source.slice(note.start, note.end)).toBe('1The individual defendants are, respectively,  the President\nand  Athletic Director of  the University.');
    const highway = doc.paragraphs[2];
    expect(highway.start).toBeLessThan(note.start);
    expect(highway.end).toBeGreaterThan(note.end);
    expect(doc.paragraphs[3].footnote).toBe('1');
  });

  it('drops the duplicated run-in heading and the page number', () => {
    expect(doc.skipped.map((s) => source.slice(s.start, s.end))).toEqual(['SELYA,  Circuit   Judge.', '2']);
    expect(doc.pages).toEqual([{ start: source.indexOf('2\n') + 1, page: '3' }]);
  });

  it('maps the reading text back to the source', () => {
    expect(mapErrors(doc)).toEqual([]);
    const p = doc.paragraphs[1];
    expect(toSourceSpan(doc.reading, p.reading.start, p.reading.end)).toEqual({ start: p.start, end: p.end });
  });
});

describe('double spacing without indentation', () => {
  // Cohen v. Brown (1st Cir. 1993) as some converters give it: first-line indents lost, so only
  // a short line ending a sentence can end a paragraph.
  it('ends paragraphs at short lines that close a sentence, not at every blank line', () => {
    const source =
      'College  athletics,   particularly  in  the   realm  of\n\nfootball and basketball,  has traditionally occupied  a prominent\n\nrole  in  American  sports  and American  society.    For college\n\nstudents, athletics offers an  opportunity to exacuate leadership\n\nskills, and  perfect self-discipline.\n\nThe  highway of  opportunity runs  in both  directions.  Not only\n\nstudent-athletes, but  universities, too,  benefit from the magic\n\nof intercollegiate sports.\n\nIn these terms, Brown will never be confused with Notre Dame or the\n\nmore muscular members of the Big  Ten.\n';
    const doc = buildDocument(source);
    expect(doc.layout).toBe('double-spaced');
    expect(readings(doc)).toEqual([
      'College athletics, particularly in the realm of football and basketball, has traditionally occupied a prominent role in American sports and American society. For college students, athletics offers an opportunity to exacuate leadership skills, and perfect self-discipline.',
      'The highway of opportunity runs in both directions. Not only student-athletes, but universities, too, benefit from the magic of intercollegiate sports.',
      'In these terms, Brown will never be confused with Notre Dame or the more muscular members of the Big Ten.',
    ]);
  });
});

describe('closing signature', () => {
  it.each([
    ['D. Conn. 2017', 'SO ORDERED this 19th day of May 2017 at New Haven, Connecticut.\n\n/s/ Janet C. Hall\nJanet C. Hall\nUnited States District Judge'],
    ['2d Cir. 2025', 'The stay motion will be submitted to the next available panel thereafter.\nFor the Court:\nCatherine O’Hagan Wolfe,\n                        Clerk of Court'],
    ['S.D.N.Y. style', 'The motion is DENIED.\n\nDated: New York, New York\nMarch 3, 2020\n\nJOHN F. KEENAN\nUnited States District Judge'],
  ])('%s: the signature is a block of its own, not a paragraph', (_name, source) => {
    const doc = buildDocument(source);
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['body', 'signature']);
  });
});

describe('bracketed notes at the end (CourtListener text)', () => {
  it('keeps "[1] …" notes apart when the body cites "[1]"', () => {
    const source =
      'The district court granted the preliminary injunction on the\nplaintiffs\' motion.[1] We affirm the order in all respects and\nremand for further proceedings.\n\nThe balance of hardships tips decidedly toward the plaintiffs,\nwho would lose their homes.[2] The public interest is served.\n\nAffirmed.\n\n[1] The injunction was entered on March 3.\n\n[2] See Winter, 555 U.S. at 20.\n';
    const doc = buildDocument(source);
    expect(doc.footnotes.map((f) => [f.label, source.slice(f.start, f.end)])).toEqual([
      ['1', '[1] The injunction was entered on March 3.'],
      ['2', '[2] See Winter, 555 U.S. at 20.'],
    ]);
    expect(bodies(doc).map((b) => b.slice(0, 20))).toEqual(['The district court g', 'The balance of hards', 'Affirmed.']);
  });
});

describe('reading text', () => {
  it.each([
    ['Lexis star paging and headnote tags (Roman Catholic Diocese v. Cuomo, 2020)', ' [*65]  [**207]  PER CURIAM.\n\nBoth applications seek relief from very severe restrictions  [*66]  on attendance at religious services. HN1 Because the challenged restrictions are not “neutral”.', 'PER CURIAM.\n\nBoth applications seek relief from very severe restrictions on attendance at religious services. Because the challenged restrictions are not “neutral”.'],
    ['star pages between words (Planned Parenthood v. Herbert, 10th Cir. 2016)', 'comes to questions *1308 concerning its approach. The Company need not *1136 **62 wait for a ruling.', 'comes to questions concerning its approach. The Company need not wait for a ruling.'],
    ['star page glued inside a word (NFIB v. Sebelius, 2012)', 'the Anti-*670Injunction Act and to participate in the mar*653ket, then', 'the Anti-Injunction Act and to participate in the market, then'],
    ['Westlaw pin cites stay (D. Conn. 2017)', 'Oliphant v. Villano, 2010 WL 537749, *12 (quoting Fed. R. Civ. P. 65(b)); Rivera, 2019 WL 3536334, at *3.', 'Oliphant v. Villano, 2010 WL 537749, *12 (quoting Fed. R. Civ. P. 65(b)); Rivera, 2019 WL 3536334, at *3.'],
    ['line-break hyphens (Alabama Assn. of Realtors, 2021)', '   The Director of the Centers for Disease Control and Pre-\nvention (CDC) has imposed a nationwide moratorium on\nevictions. The Court of Ap-\npeals denied a self-\ndiscipline motion before us—\ntwice.', 'The Director of the Centers for Disease Control and Prevention (CDC) has imposed a nationwide moratorium on evictions. The Court of Appeals denied a self-discipline motion before us—twice.'],
    ['entities left in plain text (Cohen v. Brown, 1st Cir. 1993)', '699  &amp;  n.2  (1st Cir.  1987).', '699 & n.2 (1st Cir. 1987).'],
    ['form feeds and the literal _x000c_ with slip-opinion running heads (Tandon v. Newsom, 2021)', 'Id., at ___–___\n(KAVANAUGH, J., concurring) (slip op., at 2–3).\n_x000c_2                     TANDON v. NEWSOM\n\n                           Per Curiam\n\n   Second, whether two activities are comparable.\n\fCite as: 593 U. S. ____ (2021)            3\n\n                           Per Curiam\n\n   Third, the government has the burden.\n_x000c_4                     TANDON v. NEWSOM\n\n                           Per Curiam\n\nof the First Amendment.', 'Id., at ___–___ (KAVANAUGH, J., concurring) (slip op., at 2–3).\n\nSecond, whether two activities are comparable.\n\nThird, the government has the burden. of the First Amendment.'],
  ])('%s', (_name, source, expected) => {
    const doc = buildDocument(source);
    expect(doc.reading.text).toBe(expected);
    expect(mapErrors(doc)).toEqual([]);
  });

  it('starts a paragraph at its first word, after a star page (Make the Road N.Y., D.D.C. 2019)', () => {
    const source = "First, any member who is a citizen has standing.\n*62 Second, Plaintiffs' evidence is also sufficient.\n";
    const doc = buildDocument(source);
    expect(bodies(doc)).toEqual(['First, any member who is a citizen has standing.', "Second, Plaintiffs' evidence is also sufficient."]);
    expect(doc.pages).toEqual([{ start: source.indexOf('Second'), page: '62' }]);
  });

  it('reads a line of nothing but a star page as a page mark (N.Y. App. Div. 2026)', () => {
    const source = 'Mintz & Gold LLP, for respondent.\n\n[*1]\n\nDECISION & ORDER\n\nIn an action, inter alia, for specific performance.\n';
    const doc = buildDocument(source);
    expect(doc.reading.text).toBe('Mintz & Gold LLP, for respondent.\n\nDECISION & ORDER\n\nIn an action, inter alia, for specific performance.');
    expect(doc.headings.map((h) => h.text)).toEqual(['DECISION & ORDER']);
    expect(doc.pages).toEqual([{ start: source.indexOf('DECISION'), page: '1' }]);
  });

  it('records star pages where the new page begins', () => {
    const source = 'restrictions  [*66]  on attendance and [**207] more';
    const doc = buildDocument(source);
    expect(doc.pages.map((p) => [p.page, source.slice(p.start, p.start + 3)])).toEqual([['66', 'on '], ['**207', 'mor']]);
  });
});

describe('headings', () => {
  it.each([
    ['II. DISCUSSION', true, 2],
    ['A. Irreparable Harm', true, 2],
    ['BACKGROUND', true, 2],
    ['B', true, 2],
    ['Standard of Review', true, 2],
    ['Background', true, 2],
    ['IT IS SO ORDERED', false, 3],
    ['THUS, IT IS HEREBY ORDERED THAT:', false, 3],
    // a citation the converter set on its own line joins the next paragraph (Alabama Assn. of Realtors, 2021)
    ['Pub. L. 116–136', false, 2],
  ])('%s → heading %s', (line, isHeading, paragraphs) => {
    const source = `The court held a hearing on the motion.\n\n${line}\n\nThe plaintiff moves for a preliminary injunction.\n`;
    const doc = buildDocument(source);
    expect(doc.headings.map((h) => h.text)).toEqual(isHeading ? [line] : []);
    expect(bodies(doc)).toHaveLength(paragraphs);
  });
});

describe('a separate opinion’s head in a slip opinion (Tandon v. Newsom, 2021)', () => {
  const HEAD = "   This is the fifth time the Court has summarily rejected\nthe Ninth Circuit’s analysis of California’s COVID re-\nstrictions on religious exercise. See Harvest Rock Church\nv. Newsom, 592 U. S. ___ (2020); South Bay, 592 U. S. ___;\nGish v. Newsom, 592 U. S. ___ (2021); Gateway City, 592\nU. S. ___. It is unsurprising that such litigants are entitled\nto relief. California’s Blueprint System contains myriad ex-\nceptions and accommodations for comparable activities,\nthus requiring the application of strict scrutiny. And his-\ntorically, strict scrutiny requires the State to further “inter-\nests of the highest order” by means “narrowly tailored in\npursuit of those interests.” Church of Lukumi Babalu Aye,\nInc. v. Hialeah, \n\n508 U. S. 520\n\n, 546 (1993) (internal quota-\ntion marks omitted). That standard “is not watered down”;\nit “really means what it says.” \n\nIbid.\n\n (quotation altered).\n   THE CHIEF JUSTICE would deny the application.\n_x000c_                  Cite as: 593 U. S. ____ (2021)            1\n\n                      KAGAN, J., dissenting\n\nSUPREME COURT OF THE UNITED STATES\n                          _________________\n\n                           No. 20A151\n                          _________________\n\n\n     RITESH TANDON, ET AL. v. GAVIN NEWSOM,\n         GOVERNOR OF CALIFORNIA, ET AL.\n         ON APPLICATION FOR INJUNCTIVE RELIEF\n                         [April 9, 2021]\n\n   JUSTICE KAGAN, with whom JUSTICE BREYER and\nJUSTICE SOTOMAYOR join, dissenting.\n   I would deny the application largely for the reasons\nstated in South Bay United Pentecostal Church v. Newsom,\n592 U. S. ___ (2021) (KAGAN, J., dissenting). The First\nAmendment requires that a State treat religious conduct as\nwell as the State treats comparable secular conduct. Some-\ntimes finding the right secular analogue may raise hard\nquestions. But not today. California limits religious gath-\nerings in homes to three households. If the State also limits\nall secular gatherings in homes to three households, it has\ncomplied with the First Amendment. And the State does\nexactly that: It has adopted a blanket restriction on at-\nhome gatherings of all kinds, religious and secular alike.\nCalifornia need not, as the per curiam insists, treat at-home";
  const texts = (source: string) => bodies(buildDocument(source)).map((b) => b.replace(/\s+/g, ' ').trim());
  it('the caption in capitals, the date and a byline standing alone are headings, not paragraphs', () => {
    const doc = buildDocument(HEAD);
    const found = texts(HEAD);
    expect(found.some((b) => /RITESH|GOVERNOR OF CALIFORNIA|JUSTICE KAGAN, with whom/.test(b))).toBe(false);
    expect(found.some((b) => b.startsWith('I would deny the application largely'))).toBe(true);
    expect(found.some((b) => b.startsWith('THE CHIEF JUSTICE would deny the application.'))).toBe(true);
    expect(doc.headings.map((h) => h.text.replace(/\s+/g, ' ').trim())).toContain('[April 9, 2021] JUSTICE KAGAN, with whom JUSTICE BREYER and JUSTICE SOTOMAYOR join, dissenting.');
  });
  it('a byline run into the opinion’s first sentence stays its paragraph', () => {
    const runIn = HEAD.replace(/JUSTICE SOTOMAYOR join, dissenting\.\n\s*I would/, 'JUSTICE SOTOMAYOR join, dissenting. I would');
    expect(runIn).not.toBe(HEAD);
    expect(texts(runIn).some((b) => b.includes('JUSTICE KAGAN, with whom') && b.includes('I would deny the application'))).toBe(true);
  });
});

describe('double-spaced text with a heading wrapped onto a second line', () => {
  // Safari Club Int'l v. Salazar (D.D.C. 2012), PDF text: every line double-spaced, the heading's own lines single-spaced
  const text = [
    '       The Federal Defendants argue, however, that the decision to list the species was',
    '',
    'consistent with the purpose of the Act.',
    '',
    '               ii.     The FWS Adequately Responded to Comments and Considered',
    '                       Alternatives to the Final Rule to the Extent it Was Required',
    '',
    '       The EWA plaintiffs next argue that the Final Rule is arbitrary and capricious because the',
    '',
    'FWS failed to consider alternatives.',
  ].join('\n');
  it('is one heading, and the paragraph after it starts at its first words', () => {
    const doc = buildDocument(text);
    expect(doc.headings.map((h) => h.text.replace(/\s+/g, ' '))).toContain('ii. The FWS Adequately Responded to Comments and Considered Alternatives to the Final Rule to the Extent it Was Required');
    expect(doc.paragraphs.map((p) => doc.reading.text.slice(p.reading.start, p.reading.start + 30))).toEqual(['The Federal Defendants argue, ', 'The EWA plaintiffs next argue ']);
  });
});
