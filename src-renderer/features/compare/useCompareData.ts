// What every compare tab needs: the sides, the speakers present in the claims by their merged
// entity's name (for side members and filters) and the relations between claims, each
// reloadable; all read again after an undo or redo.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Claim, ClaimRelation, Side } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';
import { onDecisionChange } from '../../commands/decisionEvents';

export interface SpeakerCount {
  name: string;
  claims: number;
  /** The speakers' merged entity (its canonical name is `name`), when one is linked. */
  entityId: number | null;
}

export interface CompareData {
  sides: Side[] | null;
  claims: Claim[];
  speakers: SpeakerCount[];
  relations: ClaimRelation[];
  reloadSides: () => Promise<void>;
  reloadRelations: () => Promise<void>;
}

export function useCompareData(onError: (message: string) => void): CompareData {
  const [sides, setSides] = useState<Side[] | null>(null);
  const [claims, setClaims] = useState<Claim[]>([]);
  const [relations, setRelations] = useState<ClaimRelation[]>([]);

  const reloadSides = useCallback(async () => {
    try {
      setSides(await api.call('sides.list', {}));
    } catch (err) {
      onError(`Could not list the sides: ${errorMessage(err)}`);
      setSides((s) => s ?? []);
    }
  }, [onError]);

  const reloadRelations = useCallback(async () => {
    try {
      setRelations(await api.call('relations.list', {}));
    } catch (err) {
      onError(`Could not list the relations: ${errorMessage(err)}`);
    }
  }, [onError]);

  const [epoch, setEpoch] = useState(0);
  useEffect(() => onDecisionChange(() => setEpoch((n) => n + 1)), []);

  useEffect(() => {
    let live = true;
    api.call('sides.list', {}).then(
      (list) => live && setSides(list),
      (err: unknown) => {
        onError(`Could not list the sides: ${errorMessage(err)}`);
        if (live) setSides([]);
      },
    );
    api.call('relations.list', {}).then(
      (list) => live && setRelations(list),
      (err: unknown) => onError(`Could not list the relations: ${errorMessage(err)}`),
    );
    api.call('claims.list', {}).then(
      (list) => live && setClaims(list.filter((c) => c.status !== 'rejected')),
      (err: unknown) => onError(`Could not list the claims: ${errorMessage(err)}`),
    );
    return () => {
      live = false;
    };
  }, [onError, epoch]);

  // Every spelling of one merged person is one speaker, under the entity's (renamed) name.
  const speakers = useMemo(() => {
    const counts = new Map<string, SpeakerCount>();
    for (const c of claims) {
      const name = c.speakerEntity?.name ?? c.speaker;
      if (!name) continue;
      const key = c.speakerEntity ? `e${c.speakerEntity.id}` : `n${name}`;
      const seen = counts.get(key) ?? { name, claims: 0, entityId: c.speakerEntity?.id ?? null };
      seen.claims++;
      counts.set(key, seen);
    }
    return [...counts.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }, [claims]);

  return { sides, claims, speakers, relations, reloadSides, reloadRelations };
}
