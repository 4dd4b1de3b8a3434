import type { ComponentChildren } from 'preact';
import type { HallStream } from '../../protocol/client/hall-stream';
import type { DeviceKind } from '../../protocol/views';
import { useSource } from '../use-source';
import { deviceProblemOf } from './device-problem';
import { SetupNotice } from './SetupNotice';

/**
 * Stands in front of a device's app: without a key (no stream was opened), with a refused key or a key
 * of another kind of device, the device shows what is wrong and what to do instead of an empty hall.
 * The notice goes by itself once the key is good (an admin re-issues it and the page is reopened, or
 * a refused stream knocks again and is let in).
 */
export function DeviceGate(props: { page: DeviceKind; stream: HallStream | null; children: (stream: HallStream) => ComponentChildren }) {
  if (!props.stream) return <SetupNotice page={props.page} problem={{ kind: 'no-key' }} />;
  return <GateWithStream page={props.page} stream={props.stream} children={props.children} />;
}

function GateWithStream(props: { page: DeviceKind; stream: HallStream; children: (stream: HallStream) => ComponentChildren }) {
  const state = useSource(props.stream);
  const problem = deviceProblemOf(props.page, state);
  if (problem) return <SetupNotice page={props.page} problem={problem} />;
  return <>{props.children(props.stream)}</>;
}
