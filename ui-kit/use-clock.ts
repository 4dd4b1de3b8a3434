import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs` (screens show a clock; tests never depend on it). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "HH:MM" of `at` in the hall's time zone. */
export function formatTime(at: number, timezone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(at));
}

/** "2025年1月2日 星期四" of `at` in the hall's time zone. */
export function formatDate(at: number, timezone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: timezone, dateStyle: 'full' }).format(new Date(at));
}
