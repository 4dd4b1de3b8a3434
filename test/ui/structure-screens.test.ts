/**
 * Pure pieces of the console's structure screens: a counter's services moved up, down and out, and
 * what the kiosk and display lists offer residents once a centre or service is disabled.
 */
import { moved, without } from '../../admin-ui/src/screens/counters/order';
import { centresInOrder, findService, servicesOfCentre } from '../../ui-kit/hall-queries';
import { snapshotAt } from './fixtures';

describe('a counter\'s service order', () => {
  it('moves a service one place up or down, never past the ends, and takes one out', () => {
    const ids = ['a', 'b', 'c'];
    expect(moved(ids, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(ids, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(ids, 0, -1)).toEqual(ids);
    expect(moved(ids, 2, 1)).toEqual(ids);
    expect(without(ids, 1)).toEqual(['a', 'c']);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});

describe('what kiosks and displays offer', () => {
  it('leaves out a disabled service and a disabled centre, while a lookup still names them', () => {
    const snapshot = snapshotAt(1);
    snapshot.services = snapshot.services.map((s) => (s.id === 's2' ? { ...s, enabled: false } : s));
    expect(servicesOfCentre(snapshot, 'c1').map((s) => s.id)).toEqual(['s1']);
    snapshot.centres = snapshot.centres.map((c) => ({ ...c, enabled: false }));
    expect(centresInOrder(snapshot)).toEqual([]);
    expect(findService(snapshot, 's2')?.name).toBe('食品经营许可');
  });
});
