// Grades on the NATO/Admiralty scale: the claim's information credibility (1–6) and flags, and
// its speaker's and outlet's source reliability (A–F) and flags.
import { useState, type JSX } from 'react';
import type { ClaimBrief, Credibility, EvidenceFlag, MethodInput, Reliability } from '../../../src-main/api/contract/methods';
import { CREDIBILITY, FLAGS, RELIABILITY } from './format';
import { ModalDialog } from '../../components/ModalDialog';

interface Props {
  claim: ClaimBrief;
  onSave: (input: MethodInput<'grades.set'>) => void;
  onCancel: () => void;
}

function Flags({ value, onChange, label }: { value: EvidenceFlag[]; onChange: (v: EvidenceFlag[]) => void; label: string }): JSX.Element {
  return (
    <span className="grade-flags" role="group" aria-label={label}>
      {FLAGS.map((f) => (
        <label key={f.flag}>
          <input
            type="checkbox"
            checked={value.includes(f.flag)}
            onChange={() => onChange(value.includes(f.flag) ? value.filter((x) => x !== f.flag) : [...value, f.flag])}
          />
          {f.label}
        </label>
      ))}
    </span>
  );
}

function ReliabilitySelect({ value, onChange, label }: { value: Reliability | null; onChange: (v: Reliability | null) => void; label: string }): JSX.Element {
  return (
    <select className="cmp-input" aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as Reliability | null)}>
      <option value="">not graded</option>
      {Object.entries(RELIABILITY).map(([k, v]) => (
        <option key={k} value={k}>
          {k} — {v}
        </option>
      ))}
    </select>
  );
}

export function GradeDialog({ claim, onSave, onCancel }: Props): JSX.Element {
  const g = claim.grades;
  const [credibility, setCredibility] = useState<Credibility | null>(g.claim.credibility);
  const [claimFlags, setClaimFlags] = useState<EvidenceFlag[]>(g.claim.flags);
  const [speakerReliability, setSpeakerReliability] = useState<Reliability | null>(g.speaker?.reliability ?? null);
  const [speakerFlags, setSpeakerFlags] = useState<EvidenceFlag[]>(g.speaker?.flags ?? []);
  const [outletReliability, setOutletReliability] = useState<Reliability | null>(g.outlet?.reliability ?? null);
  const [outletFlags, setOutletFlags] = useState<EvidenceFlag[]>(g.outlet?.flags ?? []);
  return (
    <ModalDialog
      className="relation-dialog grade-dialog"
      label="Grade the evidence"
      onClose={onCancel}
      onSubmit={() =>
        onSave({
          claimId: claim.id,
          credibility,
          claimFlags,
          ...(g.speaker ? { speakerReliability, speakerFlags } : {}),
          ...(g.outlet ? { outletReliability, outletFlags } : {}),
        })
      }
    >
        <h3>Grade the evidence</h3>
        <p className="rel-quote">
          <b>{claim.speaker ?? 'Unattributed'}</b>: “{claim.text}”
        </p>
        <fieldset>
          <legend>Claim — information credibility</legend>
          <select className="cmp-input" aria-label="Credibility" value={credibility ?? ''} onChange={(e) => setCredibility(e.target.value ? (Number(e.target.value) as Credibility) : null)} autoFocus>
            <option value="">not graded</option>
            {Object.entries(CREDIBILITY).map(([k, v]) => (
              <option key={k} value={k}>
                {k} — {v}
              </option>
            ))}
          </select>
          <Flags value={claimFlags} onChange={setClaimFlags} label="Claim flags" />
        </fieldset>
        {g.speaker && (
          <fieldset>
            <legend>Speaker {claim.speaker ? `(${claim.speaker})` : ''} — source reliability</legend>
            <ReliabilitySelect value={speakerReliability} onChange={setSpeakerReliability} label="Speaker reliability" />
            <Flags value={speakerFlags} onChange={setSpeakerFlags} label="Speaker flags" />
          </fieldset>
        )}
        {g.outlet && (
          <fieldset>
            <legend>Outlet {claim.outlet ? `(${claim.outlet})` : ''} — source reliability</legend>
            <ReliabilitySelect value={outletReliability} onChange={setOutletReliability} label="Outlet reliability" />
            <Flags value={outletFlags} onChange={setOutletFlags} label="Outlet flags" />
          </fieldset>
        )}
        <div className="row-end">
          <button type="button" className="btn small" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn small primary">
            Save grades
          </button>
        </div>
    </ModalDialog>
  );
}
