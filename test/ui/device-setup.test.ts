import { deviceProblemOf, refusalProblem } from '../../ui-kit/device-setup/device-problem';
import { elapsedText } from '../../ui-kit/device-setup/offline-since';
import type { DeviceKind, HallSnapshot } from '../../protocol/views';
import { snapshotAt } from './fixtures';

/** A hall snapshot as the device of this kind receives it. */
function snapshotOf(kind: DeviceKind): HallSnapshot {
  return { ...snapshotAt(1), device: { id: 1, kind, name: '设备', printerId: null, counterId: null, centreId: null, centreIds: [], displayKind: null } };
}

describe('what is wrong with a device', () => {
  it('tells a refused key apart by the server code', () => {
    expect(refusalProblem('DEVICE_KEY_UNKNOWN')).toEqual({ kind: 'key-unknown' });
    expect(refusalProblem('DEVICE_KEY_REVOKED')).toEqual({ kind: 'key-revoked' });
    expect(refusalProblem('UNAUTHENTICATED')).toEqual({ kind: 'key-unknown' });
    expect(refusalProblem('RATE_LIMITED')).toBeNull();
    expect(refusalProblem(null)).toBeNull();
  });

  it('finds a key of another kind of device from the snapshot, and nothing wrong with the right one', () => {
    expect(deviceProblemOf('kiosk', { refusedWith: null, snapshot: snapshotOf('display') })).toEqual({ kind: 'wrong-kind', actual: 'display' });
    expect(deviceProblemOf('display', { refusedWith: null, snapshot: snapshotOf('display') })).toBeNull();
    expect(deviceProblemOf('display', { refusedWith: null, snapshot: null })).toBeNull();
    expect(deviceProblemOf('display', { refusedWith: 'DEVICE_KEY_REVOKED', snapshot: snapshotOf('display') })).toEqual({ kind: 'key-revoked' });
  });

  it('says how long the server has been away in seconds, then minutes, then hours and minutes', () => {
    expect(elapsedText(0)).toEqual({ k: 'setup.offline.seconds', vars: { n: 0 } });
    expect(elapsedText(59_999)).toEqual({ k: 'setup.offline.seconds', vars: { n: 59 } });
    expect(elapsedText(60_000)).toEqual({ k: 'setup.offline.minutes', vars: { n: 1 } });
    expect(elapsedText(2 * 3_600_000 + 5 * 60_000)).toEqual({ k: 'setup.offline.hours', vars: { h: 2, m: 5 } });
  });
});
