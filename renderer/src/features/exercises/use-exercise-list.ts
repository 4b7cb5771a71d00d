/** The exercise catalogue, fetched once per session: it does not change while the app runs. */
import { useEffect, useState } from 'react';
import type { ExerciseSummary } from '../../../../electron/shared/exercises';
import type { Loadable } from '../../app/app-store';
import { client } from '../../lib/api';
import { errorMessage } from '../../lib/format';

let cached: Promise<readonly ExerciseSummary[]> | undefined;

export function useExerciseList(): Loadable<readonly ExerciseSummary[]> {
  const [state, setState] = useState<Loadable<readonly ExerciseSummary[]>>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const request = (cached ??= client.exercises.list({}));
    request.then(
      (value) => !cancelled && setState({ state: 'ready', value }),
      (error: unknown) => {
        cached = undefined;
        if (!cancelled) setState({ state: 'error', message: errorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
