import browser from 'webextension-polyfill';
import { FACTOR_TITLES } from '../../lib/render/words';
import { defaultSettings, migrateSettings, SETTINGS_KEY, type Settings } from '../../lib/ext/settings';
import type { FactorName } from '../../lib/types';
import { h } from '../sidepanel/h';
import { SITES } from '../../lib/ext/sites';
import { WASH_FIELD, washOf } from '../content/wash-setting';

const FACTORS = Object.keys(FACTOR_TITLES) as FactorName[];
const status = document.getElementById('status')!;

/** The settings, and the page painting's choice kept beside them (content/wash-setting.ts). */
type Stored = { s: Settings; wash: boolean };

async function load(): Promise<Stored> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return { s: migrateSettings(raw), wash: washOf(raw) ?? false };
}

async function save({ s, wash }: Stored) {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...s, [WASH_FIELD]: wash } });
    status.textContent = 'Saved.';
  } catch (e) {
    status.textContent = `Could not save: ${(e as Error).message}`;
  }
}

function render({ s, wash }: Stored) {
  const keep = (next: Settings) => save({ s: next, wash }).then(refresh);
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=run]'))) {
    r.checked = (r.value === 'auto') === s.autoRun;
    r.onchange = () => keep({ ...s, autoRun: r.value === 'auto' });
  }
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=paint]'))) {
    r.checked = (r.value === 'wash') === wash;
    r.onchange = () => save({ s, wash: r.value === 'wash' }).then(refresh);
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
  render(await load());
}

document.getElementById('reset')!.addEventListener('click', () => save({ s: defaultSettings(), wash: false }).then(refresh));
void refresh();
