/** Binds a framework-free store (hall stream, ticket watch) to a Preact component. */
import { useEffect, useState } from 'preact/hooks';

export interface Subscribable<S> {
  readonly state: S;
  subscribe(listener: (state: S) => void): () => void;
}

export function useSource<S>(source: Subscribable<S>): S {
  const [state, setState] = useState<S>(source.state);
  useEffect(() => {
    setState(source.state); // it may have moved between render and effect
    return source.subscribe(setState);
  }, [source]);
  return state;
}
