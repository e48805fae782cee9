import browser from 'webextension-polyfill';
import { FACTOR_TITLES } from '../../lib/render/words';
import { defaultSettings, type Settings } from '../../lib/ext/settings';
import { readSettings, writeSettings } from '../../lib/ext/settings-store';
import type { FactorName } from '../../lib/types';
import { h } from '../../lib/dom/h';
import { SITES } from '../../lib/ext/sites';

const FACTORS = Object.keys(FACTOR_TITLES) as FactorName[];
const status = document.getElementById('status')!;

async function save(s: Settings) {
  try {
    await writeSettings(browser.storage.local, s);
    status.textContent = 'Saved.';
  } catch (e) {
    status.textContent = `Could not save: ${(e as Error).message}`;
  }
}

function render(s: Settings) {
  const keep = (next: Settings) => save(next).then(refresh);
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=run]'))) {
    r.checked = (r.value === 'auto') === s.autoRun;
    r.onchange = () => keep({ ...s, autoRun: r.value === 'auto' });
  }
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=paint]'))) {
    r.checked = (r.value === 'wash') === s.paragraphWash;
    r.onchange = () => keep({ ...s, paragraphWash: r.value === 'wash' });
  }
  const sites = document.getElementById('sites')!;
  sites.replaceChildren(h('legend', {}, 'Sites'), ...SITES.map(({ key, label: name }) =>
    h('label', {}, h('input', { type: 'checkbox', checked: s.sites[key] !== false, onchange: (e: Event) => keep({ ...s, sites: { ...s.sites, [key]: (e.target as HTMLInputElement).checked } }) }), name)));
  const factors = document.getElementById('factors')!;
  factors.replaceChildren(h('legend', {}, 'Factor colours and visibility'), ...FACTORS.map((f) =>
    h('label', {},
      h('input', { type: 'checkbox', checked: s.visible[f], title: 'Shown when a page opens', onchange: (e: Event) => keep({ ...s, visible: { ...s.visible, [f]: (e.target as HTMLInputElement).checked } }) }),
      h('input', { type: 'color', value: s.colours[f], onchange: (e: Event) => keep({ ...s, colours: { ...s.colours, [f]: (e.target as HTMLInputElement).value } }) }),
      FACTOR_TITLES[f])));
}

async function refresh() {
  render(await readSettings(browser.storage.local));
}

document.getElementById('reset')!.addEventListener('click', () => save(defaultSettings()).then(refresh));
void refresh();
