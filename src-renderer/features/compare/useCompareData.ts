// What every compare tab needs: the sides, the speakers present in the claims (for side
// members and filters) and the relations between claims, each reloadable.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Claim, ClaimRelation, Side } from '../../../src-main/api/contract/methods';
import { api, errorMessage } from '../../api/client';

export interface SpeakerCount {
  name: string;
  claims: number;
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
  }, [onError]);

  const speakers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of claims) if (c.speaker) counts.set(c.speaker, (counts.get(c.speaker) ?? 0) + 1);
    return [...counts].map(([name, n]) => ({ name, claims: n })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }, [claims]);

  return { sides, claims, speakers, relations, reloadSides, reloadRelations };
}
