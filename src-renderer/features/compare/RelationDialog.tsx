// Relating two claims (after a drag of one onto the other, or "Relate…" then a pick): the kind
// and a rationale, shown on both claims once saved.
import { useState, type JSX } from 'react';
import type { ClaimBrief, RelationKind } from '../../../src-main/api/contract/methods';
import { RELATION_KINDS } from './format';
import { ModalDialog } from '../../components/ModalDialog';

interface Props {
  a: ClaimBrief;
  b: ClaimBrief;
  onSave: (kind: RelationKind, rationale: string | null) => void;
  onCancel: () => void;
}

export function RelationDialog({ a, b, onSave, onCancel }: Props): JSX.Element {
  const [kind, setKind] = useState<RelationKind>('contradicts');
  const [rationale, setRationale] = useState('');
  return (
    <ModalDialog className="relation-dialog" label="Relate two claims" onClose={onCancel} onSubmit={() => onSave(kind, rationale.trim() || null)}>
        <h3>Relate two claims</h3>
        <p className="rel-quote">
          <b>{a.speaker ?? 'Unattributed'}</b>: “{a.text}”
        </p>
        <div className="kind-pick" role="radiogroup" aria-label="Relation">
          {RELATION_KINDS.map((k) => (
            <label key={k.kind} className={kind === k.kind ? 'on' : ''}>
              <input type="radio" name="rel-kind" value={k.kind} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
              {k.label}
            </label>
          ))}
        </div>
        <p className="rel-quote">
          <b>{b.speaker ?? 'Unattributed'}</b>: “{b.text}”
        </p>
        <input className="cmp-input" aria-label="Rationale" placeholder="Rationale (why they relate)" value={rationale} onChange={(e) => setRationale(e.target.value)} autoFocus />
        <div className="row-end">
          <button type="button" className="btn small" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn small primary">
            Relate
          </button>
        </div>
    </ModalDialog>
  );
}
