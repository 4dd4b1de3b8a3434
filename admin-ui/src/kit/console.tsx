/**
 * What every console screen reaches through one context: who is logged in (and whether they may change
 * things or only read), the hall stream (live snapshot, printer states, alerts, config events), a typed
 * way to run any command, and navigation between screens.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { CommandInput, CommandName, CommandOutput } from '../../../protocol/commands';
import type { HallStream, HallStreamState } from '../../../protocol/client/hall-stream';
import type { UserView } from '../../../protocol/views';
import { outcomeOf, type Outcome } from '../../../ui-kit/command-outcome';
import { useSource } from '../../../ui-kit/use-source';

export interface ConsoleApi {
  user: UserView;
  /** Admins change things; supervisors see the screens they may read, without the buttons that change. */
  canEdit: boolean;
  stream: HallStream;
  /** The session's token, for the few commands sent over HTTP (bodies larger than a socket message). */
  token: string;
  /** Goes to a screen path such as `staff/12` (hash routing: #/staff/12). */
  navigate(path: string): void;
}

const ConsoleContext = createContext<ConsoleApi | null>(null);

export function ConsoleProvider(props: { api: ConsoleApi; children: ComponentChildren }) {
  return <ConsoleContext.Provider value={props.api}>{props.children}</ConsoleContext.Provider>;
}

export function useConsole(): ConsoleApi {
  const api = useContext(ConsoleContext);
  if (!api) throw new Error('useConsole outside the console shell');
  return api;
}

/** The live hall as the stream holds it (re-renders on every change). */
export function useHall(): HallStreamState {
  return useSource(useConsole().stream);
}

/** Sends one command over the console's socket and says what came of it (data, refusal with fields, no answer). */
export function runCommand<N extends CommandName>(stream: HallStream, name: N, input: CommandInput<N>): Promise<Outcome<CommandOutput<N>>> {
  return outcomeOf(stream.send(name, input));
}
