import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { themes } from 'prism-react-renderer';
import { accessibleTheme, contrast, parseColor, withContrast } from '../../src/prism-contrast';

describe('code-block themes with accessible contrast', () => {
  for (const name of ['github', 'dracula'] as const) {
    it(`brings every token colour of ${name} to 4.5:1 against its background`, () => {
      const theme = accessibleTheme(themes[name]);
      const bg = parseColor(theme.plain.backgroundColor!)!;
      const colors = [theme.plain.color!, ...theme.styles.map((s) => s.style.color).filter((c): c is string => !!c)];
      const low = colors.filter((c) => parseColor(c) && contrast(parseColor(c)!, bg) < 4.5);
      assert.deepEqual(low, []);
    });
  }

  it('keeps a colour that already passes, and darkens one that does not on a light background', () => {
    assert.equal(withContrast('#000000', '#ffffff'), '#000000');
    const fixed = withContrast('#36acaa', '#f6f8fa');
    assert.notEqual(fixed, '#36acaa');
    assert.ok(contrast(parseColor(fixed)!, parseColor('#f6f8fa')!) >= 4.5);
    assert.ok(contrast(parseColor('#36acaa')!, parseColor('#f6f8fa')!) < 4.5);
  });
});
