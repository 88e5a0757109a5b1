/**
 * Code-block colour themes with every token colour at a WCAG contrast of at
 * least 4.5:1 against the block's background: the stock Prism themes use
 * lighter tones (github's property colour is 2.6:1), which axe and
 * Lighthouse report. Each failing colour is darkened (light theme) or
 * lightened (dark theme) in small steps, so its hue is kept.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

export function parseColor(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const full = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  return rgb ? ([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] as Rgb) : undefined;
}

function luminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour, moved towards black or white until it reaches `ratio` against `background`. */
export function withContrast(color: string, background: string, ratio = 4.5): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrast(fg, bg) >= ratio) return color;
  const target = luminance(bg) > 0.18 ? 0 : 255;
  let current = fg;
  for (let step = 1; step <= 20 && contrast(current, bg) < ratio; step++) {
    current = fg.map((v) => v + ((target - v) * step) / 20) as Rgb;
  }
  return hex(current);
}

export function accessibleTheme(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: { ...theme.plain, color: theme.plain.color && withContrast(theme.plain.color, background, ratio) },
    styles: theme.styles.map((s) => ({
      ...s,
      style: { ...s.style, ...(s.style.color ? { color: withContrast(s.style.color, background, ratio) } : {}) },
    })),
  };
}
