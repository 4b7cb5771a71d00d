/** Exercises: the list, or one exercise when the route names it (`#/exercises/<id>`). */
import { ExerciseList } from './exercise-list';
import { ExercisePage } from './exercise-page';
import './exercises.css';

export function ExercisesView({ exerciseId }: { readonly exerciseId?: string }) {
  return exerciseId ? <ExercisePage exerciseId={exerciseId} /> : <ExerciseList />;
}
