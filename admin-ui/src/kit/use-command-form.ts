/**
 * A form that sends one command. What the person typed is held as plain values; on submit they are
 * checked with the command's own zod schema (the one the server checks with, from protocol/schemas.ts),
 * and only a valid input is sent. A refusal from the server lands on the fields it names. Problems of
 * fields the screen does not show (no field claimed them) are listed by the form's summary.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CommandInput, CommandName, CommandOutput } from '../../../protocol/commands';
import type { ErrorCode } from '../../../protocol/errors';
import { commandSchemas } from '../../../protocol/schemas';
import { runCommand, useConsole } from './console';
import { problemsFromRefusal, problemsFromZod, type FieldProblem, type FieldProblems } from './field-problems';

export type FormValues = Record<string, unknown>;

/** The form as a whole: a refusal no field can show (e.g. LAST_ADMIN), or no answer at all. */
export type FormProblem = { kind: 'code'; code: ErrorCode } | { kind: 'fields' } | { kind: 'unanswered' };

export interface CommandForm<N extends CommandName> {
  readonly command: N;
  values: FormValues;
  set(name: string, value: unknown): void;
  /**
   * A default for a field nobody has filled yet (the next free number, the first centre). Whether the
   * field is still empty is decided when the update applies, not from the values a render saw: a screen
   * proposes from an effect that runs a frame later, and what the admin chose inside that frame stays.
   */
  propose(name: string, value: unknown): void;
  /** Replaces every value (e.g. after the record to edit has loaded). */
  reset(values: FormValues): void;
  problemAt(path: string): FieldProblem | undefined;
  /** A field component says it shows `path`, so its problems are not repeated in the summary. */
  claim(path: string): void;
  /** Every problem by path (for screens that show problems of paths they build themselves). */
  problemEntries(): [string, FieldProblem][];
  /** Problems on paths no field claimed, for the summary. */
  unclaimed(): [string, FieldProblem][];
  problem: FormProblem | null;
  busy: boolean;
  /** Checks, sends, and resolves with the answer; null when the form or the server refused. */
  submit(): Promise<CommandOutput<N> | null>;
}

/** Values that passed the command's schema are that command's input: the schema is the proof. */
function isInputOf<N extends CommandName>(command: N, values: FormValues): values is FormValues & CommandInput<N> {
  return commandSchemas[command].safeParse(values).success;
}

/**
 * `prepare` turns the typed values into the command's input shape before checking (e.g. an empty
 * optional text left out); by default the values are sent as they are.
 */
export function useCommandForm<N extends CommandName>(command: N, initial: FormValues,
  prepare: (values: FormValues) => FormValues = (v) => v): CommandForm<N> {
  const { stream } = useConsole();
  const [values, setValues] = useState<FormValues>(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const claimed = useRef(new Set<string>());

  return useMemo<CommandForm<N>>(() => ({
    command, values, problem, busy,
    set(name, value) {
      setValues((old) => ({ ...old, [name]: value }));
      setProblems((old) => {
        if (!(name in old)) return old;
        const rest = { ...old };
        delete rest[name];
        return rest;
      });
    },
    propose(name, value) {
      setValues((old) => (old[name] === undefined ? { ...old, [name]: value } : old));
    },
    reset(next) {
      setValues(next);
      setProblems({});
      setProblem(null);
    },
    problemAt: (path) => problems[path],
    claim(path) {
      claimed.current.add(path);
    },
    problemEntries: () => Object.entries(problems),
    unclaimed: () => Object.entries(problems).filter(([path]) => !claimed.current.has(path)),
    async submit() {
      if (busy) return null;
      const input = prepare(values);
      const checked = commandSchemas[command].safeParse(input);
      if (!checked.success) {
        setProblems(problemsFromZod(checked.error));
        setProblem({ kind: 'fields' });
        return null;
      }
      if (!isInputOf(command, input)) return null;
      setBusy(true);
      setProblem(null);
      const outcome = await runCommand(stream, command, input);
      setBusy(false);
      if (outcome.kind === 'ok') {
        setProblems({});
        return outcome.data;
      }
      if (outcome.kind === 'unanswered') {
        setProblem({ kind: 'unanswered' });
        return null;
      }
      const fields = outcome.fields ?? [];
      setProblems(problemsFromRefusal(outcome.code, fields));
      setProblem(fields.length > 0 ? { kind: 'fields' } : { kind: 'code', code: outcome.code });
      return null;
    },
  }), [command, values, problems, problem, busy, stream, prepare]);
}
