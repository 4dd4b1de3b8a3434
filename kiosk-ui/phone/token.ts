/** The ticket token from the page address `/t/<token>` (the same rule the server checks). */
export function tokenFromPath(pathname: string): string | null {
  const match = /^\/t\/([A-Za-z0-9_-]{16,64})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
