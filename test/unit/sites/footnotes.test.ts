// Footnote pairing rules. Note texts are Commonwealth v. Brown's (466 Mass. 676); the
// markup is the common `#fnN` / `#fnrefN` pattern, written for this test.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { cleanLabel, findFootnotes } from '../../../lib/sites/footnotes';

const parse = (html: string): Element => {
  const window = new Window({ url: 'https://example.test/' });
  const doc = new window.DOMParser().parseFromString(`<html><body><div id="op">${html}</div></body></html>`, 'text/html');
  return doc.getElementById('op') as unknown as Element;
};

describe('findFootnotes', () => {
  const root = parse(`
    <p>We must determine the effect of Miller on the sentencing of juvenile defendants<sup><a href="#fn1" id="fnref1">1</a></sup>
    convicted of murder in the first degree.<sup><a href="#fn2" id="fnref2">2</a></sup></p>
    <div id="footnotes">
      <div id="fn1"><a href="#fnref1">1</a> We use the term "juvenile defendants" here to refer to defendants who were under the age of eighteen on the date of their crimes.</div>
      <div id="fn2"><a href="#fnref2">2</a> We acknowledge the amicus brief filed in support of Brown by American Civil Liberties Union of Massachusetts.</div>
    </div>`);
  const notes = findFootnotes([root]);

  it('takes each note, not the container around them', () => {
    expect(notes.map((n) => n.note.id)).toEqual(['fn1', 'fn2']);
  });

  it('pairs each call with the note its link targets', () => {
    expect(notes.map((n) => [n.label, n.ref?.id])).toEqual([
      ['1', 'fnref1'],
      ['2', 'fnref2'],
    ]);
  });

  it('finds nothing on a page without notes', () => {
    expect(findFootnotes([parse('<p>So ordered.</p>')])).toEqual([]);
  });
});

describe('cleanLabel', () => {
  it.each([
    ['1.', '1'],
    ['[2]', '2'],
    ['(3)', '3'],
    ['*', '*'],
    [' 10. ', '10'],
  ])('%s → %s', (raw, label) => expect(cleanLabel(raw)).toBe(label));
});

describe('Word "Save as HTML" footnotes', () => {
  // The shape Word writes (anchors by name, not id); note text from Commonwealth v. Brown.
  const root = parse(`
    <div class="WordSection1">
      <p class="MsoNormal">We must determine the effect of Miller on the sentencing of juvenile defendants<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a>.</p>
    </div>
    <div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" width="33%">
      <div style="mso-element:footnote" id="ftn1">
        <p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1"><span class="MsoFootnoteReference">[1]</span></a> We use the term "juvenile defendants" here to refer to defendants who were under the age of eighteen on the date of their crimes.</p>
      </div>
    </div>`);
  it('pairs the call with its note by label', () => {
    const notes = findFootnotes([root]);
    expect(notes.map((n) => [n.note.id, n.label, n.ref?.getAttribute('name')])).toEqual([['ftn1', '1', '_ftnref1']]);
  });
});
