/**
 * The override layer of a screen's catalog lookup: the Mongolian edited in the translation workbench, which
 * the server sends in the hall snapshot (HallSnapshot.mnTexts). A screen sets it whenever a snapshot brings
 * a new set (ui-kit/i18n.tsx), and ./ui-lookup reads it before the release's own Mongolian. One screen is one
 * page, so the layer is the page's own; the server never uses it.
 */
let overrides: Readonly<Record<string, string>> = {};

export function setMnOverrides(next: Readonly<Record<string, string>>): void {
  overrides = next;
}

/** The workbench's Mongolian of `key`, or undefined when the release's stands. */
export function mnOverride(key: string): string | undefined {
  return Object.hasOwn(overrides, key) ? overrides[key] : undefined;
}
