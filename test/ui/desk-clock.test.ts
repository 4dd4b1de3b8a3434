import { elapsedMinutes, elapsedText, serverNow } from '../../counter-ui/src/desk/desk-clock';

describe('the desk clock', () => {
  it('counts on the server clock plus the local time passed since the read', () => {
    // The workstation's clock is 10 minutes behind the server's: only its movement counts.
    const server = Date.UTC(2026, 10, 30, 8, 0, 0);
    const localAtRead = server - 600_000;
    expect(serverNow(server, localAtRead, localAtRead + 65_000)).toBe(server + 65_000);
    expect(serverNow(server, localAtRead, localAtRead - 5_000)).toBe(server);
  });

  it('writes elapsed time as m:ss, and h:mm:ss from an hour on', () => {
    expect(elapsedText(0, 0)).toBe('0:00');
    expect(elapsedText(0, 65_999)).toBe('1:05');
    expect(elapsedText(0, 3_600_000 + 125_000)).toBe('1:02:05');
    expect(elapsedText(10_000, 0)).toBe('0:00');
  });

  it('counts whole minutes of waiting, never negative', () => {
    expect(elapsedMinutes(0, 59_999)).toBe(0);
    expect(elapsedMinutes(0, 12 * 60_000 + 1)).toBe(12);
    expect(elapsedMinutes(60_000, 0)).toBe(0);
  });
});
