/**
 * Names shown in public (window displays) are masked: 张小三 → 张*三, 张三 → 张*. Residents' names are
 * never shown at all; this is for staff names on the window display.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
