/** The screens' lookup takes the workbench's Mongolian before the release's, fills its placeholders, and leaves Chinese alone. */
import { setMnOverrides } from '../../../protocol/catalog/mn-overrides';
import { tr, trBoth } from '../../../protocol/catalog/ui-lookup';
import { catalog } from '../../../protocol/catalog';

describe('the Mongolian override layer', () => {
  afterEach(() => setMnOverrides({}));

  it('shows the edited Mongolian in both lookups, with its placeholders filled, and the Chinese unchanged', () => {
    setMnOverrides({ 'kiosk.home.centreWaiting': '{n} ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ' });
    expect(tr('kiosk.home.centreWaiting', 'mn', { n: 3 })).toBe('3 ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ');
    expect(tr('kiosk.home.centreWaiting', 'zh', { n: 3 })).toBe('3人等候');
    expect(trBoth('kiosk.home.centreWaiting', { n: 3 })).toEqual({ mn: '3 ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ', zh: '3人等候' });
  });

  it('falls back to the release\'s Mongolian for every other key, and again once the set no longer has it', () => {
    setMnOverrides({ 'kiosk.take.normal': 'ᠪᠤᠰᠤᠳ' });
    expect(trBoth('kiosk.home.prompt').mn).toBe(catalog['kiosk.home.prompt'].mn);
    setMnOverrides({});
    expect(trBoth('kiosk.take.normal').mn).toBe(catalog['kiosk.take.normal'].mn);
  });
});
