import browser from 'webextension-polyfill';
import { FACTOR_TITLES } from '../../lib/render/words';
import { defaultSettings, migrateSettings, SETTINGS_KEY, type Settings } from '../../lib/ext/settings';
import type { FactorName } from '../../lib/types';
import { h } from '../sidepanel/h';

import { SITES } from '../../lib/ext/sites';
const FACTORS = Object.keys(FACTOR_TITLES) as FactorName[];
const status = document.getElementById('status')!;

async function load(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(got[SETTINGS_KEY]);
}

async function save(s: Settings) {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: s });
    status.textContent = 'Saved.';
  } catch (e) {
    status.textContent = `Could not save: ${(e as Error).message}`;
  }
}

function render(s: Settings) {
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=run]'))) {
    r.checked = (r.value === 'auto') === s.autoRun;
    r.onchange = () => save({ ...s, autoRun: r.value === 'auto' }).then(refresh);
  }
  const sites = document.getElementById('sites')!;
  sites.replaceChildren(h('legend', {}, 'Sites'), ...SITES.map(({ key, label: name }) =>
    h('label', {}, h('input', { type: 'checkbox', checked: s.sites[key] !== false, onchange: (e: Event) => save({ ...s, sites: { ...s.sites, [key]: (e.target as HTMLInputElement).checked } }).then(refresh) }), name)));
  const factors = document.getElementById('factors')!;
  factors.replaceChildren(h('legend', {}, 'Factor colours and visibility'), ...FACTORS.map((f) =>
    h('label', {},
      h('input', { type: 'checkbox', checked: s.visible[f], title: 'Shown when a page opens', onchange: (e: Event) => save({ ...s, visible: { ...s.visible, [f]: (e.target as HTMLInputElement).checked } }).then(refresh) }),
      h('input', { type: 'color', value: s.colours[f], onchange: (e: Event) => save({ ...s, colours: { ...s.colours, [f]: (e.target as HTMLInputElement).value } }).then(refresh) }),
      FACTOR_TITLES[f])));
}

async function refresh() {
  render(await load());
}

document.getElementById('reset')!.addEventListener('click', () => save(defaultSettings()).then(refresh));
void refresh();
