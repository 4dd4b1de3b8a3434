import { createAnnouncer, MAX_WAITING_ANNOUNCEMENTS, type Announcement, type AnnouncementPlayer } from '../../display-ui/src/announcer/announcer';
import { stillInHand } from '../../display-ui/src/calling-now';
import { announcementOf, spellTicketNumber } from '../../display-ui/src/announcer/phrase';
import { call } from './fixtures';

/** A player whose plays end only when the test says so, recording what overlapped. */
function manualPlayer() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  let playing = 0;
  let maxConcurrent = 0;
  let stops = 0;
  const player: AnnouncementPlayer = {
    play(a: Announcement) {
      started.push(a.key);
      playing += 1;
      maxConcurrent = Math.max(maxConcurrent, playing);
      return new Promise<void>((resolve) => finishers.push(() => {
        playing -= 1;
        resolve();
      }));
    },
    stop() {
      stops += 1;
    },
  };
  return {
    player,
    started,
    finishNext: () => finishers.shift()?.(),
    get maxConcurrent() {
      return maxConcurrent;
    },
    get stops() {
      return stops;
    },
  };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

/** Sleeps end at once, except the safety limit, which never fires unless `limitFires`. */
function sleepFor(maxPlayMs: number, limitFires: boolean) {
  return (ms: number): Promise<void> => (ms === maxPlayMs && !limitFires ? new Promise<void>(() => undefined) : Promise.resolve());
}

describe('announcer', () => {
  it('plays queued calls one at a time, in order, never overlapping', async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, { minShowMs: 1, maxPlayMs: 999, gapMs: 1, repeat: () => 1, sleep: sleepFor(999, false) });
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 10)));
    announcer.enqueue(announcementOf(call(2, 'A002', 4, 11)));
    announcer.enqueue(announcementOf(call(3, 'B001', 5, 12)));
    await flush();
    expect(p.started).toHaveLength(1);
    expect(announcer.current?.call.number).toBe('A001');
    p.finishNext();
    await flush();
    expect(announcer.current?.call.number).toBe('A002');
    p.finishNext();
    await flush();
    p.finishNext();
    await flush();
    expect(p.started).toEqual(['1@10', '2@11', '3@12']);
    expect(p.maxConcurrent).toBe(1);
    expect(announcer.current).toBeNull();
  });

  it('announces the same call event once, but a recall again', async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, { minShowMs: 1, maxPlayMs: 999, gapMs: 1, repeat: () => 1, sleep: sleepFor(999, false) });
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 10)));
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 10)));
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 20, true)));
    for (let i = 0; i < 3; i += 1) {
      await flush();
      p.finishNext();
    }
    await flush();
    expect(p.started).toEqual(['1@10', '1@20r']);
  });

  it('says each call `repeat` times', async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, { minShowMs: 1, maxPlayMs: 999, gapMs: 1, repeat: () => 2, sleep: sleepFor(999, false) });
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 10)));
    await flush();
    p.finishNext();
    await flush();
    p.finishNext();
    await flush();
    expect(p.started).toEqual(['1@10', '1@10']);
  });

  it('stops a play that never ends and goes on with the next call', async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, { minShowMs: 1, maxPlayMs: 999, gapMs: 1, repeat: () => 1, sleep: sleepFor(999, true) });
    announcer.enqueue(announcementOf(call(1, 'A001', 3, 10)));
    announcer.enqueue(announcementOf(call(2, 'A002', 3, 11)));
    await flush();
    expect(p.started).toEqual(['1@10', '2@11']);
    expect(p.stops).toBe(2);
  });
});

describe('the announcer queue over a long day', () => {
  const options = { minShowMs: 1, maxPlayMs: 999, gapMs: 1, repeat: () => 1, sleep: sleepFor(999, false) };

  it(`keeps at most ${MAX_WAITING_ANNOUNCEMENTS} calls waiting: the newest, the oldest waiting ones are dropped`, async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, options);
    const calls = Array.from({ length: 100 }, (_, i) => call(i + 1, `A${String(i + 1).padStart(3, '0')}`, 3, 10 + i));
    for (const c of calls) announcer.enqueue(announcementOf(c));
    await flush();
    expect(announcer.current?.call.number).toBe('A001');
    expect(announcer.pending).toBe(MAX_WAITING_ANNOUNCEMENTS);
    for (let i = 0; i <= MAX_WAITING_ANNOUNCEMENTS; i += 1) {
      p.finishNext();
      await flush();
    }
    expect(p.started).toEqual(['1@10', ...calls.slice(-MAX_WAITING_ANNOUNCEMENTS).map((c) => `${c.ticketId}@${c.at}`)]);
    expect(announcer.current).toBeNull();
  });

  it('drops waiting calls of tickets no longer in hand (finished, transferred, missed); the one being said plays on', async () => {
    const p = manualPlayer();
    const announcer = createAnnouncer(p.player, options);
    const [a, b, c] = [call(1, 'A001', 1, 10), call(2, 'A002', 2, 11), call(3, 'A003', 3, 12)];
    for (const x of [a, b, c]) announcer.enqueue(announcementOf(x));
    await flush();
    // Window 2 finished A002 and window 1 moved on before the voice reached them.
    const live = stillInHand({ counters: [{ id: 1, currentNumber: 'A009' }, { id: 2, currentNumber: null }, { id: 3, currentNumber: 'A003' }] });
    announcer.retain((x) => live(x.call));
    expect(announcer.current?.call.number).toBe('A001');
    expect(announcer.pending).toBe(1);
    p.finishNext();
    await flush();
    p.finishNext();
    await flush();
    expect(p.started).toEqual(['1@10', '3@12']);
  });
});

describe('call phrase', () => {
  it('shows the catalog phrase and spells digits for the voice', () => {
    const a = announcementOf(call(1, 'A001', 3, 10));
    expect(a.text.zh).toBe('请A001号到3号窗口办理');
    expect(a.speech).toBe('请A零零一号到3号窗口办理');
    expect(spellTicketNumber('B120')).toBe('B一二零');
  });
});
