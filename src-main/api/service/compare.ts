// Compare (#6): relations between claims, suggested conflicts, sides, propositions, grades.
import type { Store } from '../../store/index';
import type { ServiceImpl } from './dispatch';
import { QuireError } from './errors';

type CompareMethods = Pick<
  ServiceImpl,
  | 'relations.list'
  | 'relations.create'
  | 'relations.delete'
  | 'conflicts.suggest'
  | 'conflicts.accept'
  | 'conflicts.reject'
  | 'sides.list'
  | 'sides.save'
  | 'sides.delete'
  | 'propositions.list'
  | 'propositions.save'
  | 'propositions.delete'
  | 'stances.set'
  | 'grades.set'
  | 'compare.view'
  | 'compare.matrix'
  | 'compare.timeline'
>;

// Placeholder until the compare work lands: every method refuses clearly.
export function compareMethods(store: Store): CompareMethods {
  void store;
  const todo = (): never => {
    throw new QuireError('internal', 'compare is not built yet');
  };
  return {
    'relations.list': todo,
    'relations.create': todo,
    'relations.delete': todo,
    'conflicts.suggest': todo,
    'conflicts.accept': todo,
    'conflicts.reject': todo,
    'sides.list': todo,
    'sides.save': todo,
    'sides.delete': todo,
    'propositions.list': todo,
    'propositions.save': todo,
    'propositions.delete': todo,
    'stances.set': todo,
    'grades.set': todo,
    'compare.view': todo,
    'compare.matrix': todo,
    'compare.timeline': todo,
  };
}
