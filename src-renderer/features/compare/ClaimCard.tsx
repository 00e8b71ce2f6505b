// One claim as the compare views show it: the exact quote, who said it, where and when, its
// grade, and a link that opens the reader at the claim.
import type { JSX, ReactNode } from 'react';
import type { ClaimBrief } from '../../../src-main/api/contract/methods';
import { speakerClass } from '../../components/speaker';
import { allFlags, claimMeta, flagLabel, gradeCode, gradeText } from './format';

interface Props {
  claim: ClaimBrief;
  onOpen: (articleId: number, claimId: number) => void;
  /** Shorter quote (clamped to two lines) for dense cells. */
  compact?: boolean;
  /** Buttons beside "Open" on the meta line. */
  actions?: ReactNode;
  /** Badges under the meta line (relations). */
  children?: ReactNode;
  className?: string;
}

export function GradeBadges({ claim, onClick }: { claim: ClaimBrief; onClick?: () => void }): JSX.Element | null {
  const code = gradeCode(claim.grades);
  const flags = allFlags(claim.grades);
  if (!code && flags.length === 0 && !onClick) return null;
  const body = (
    <>
      <span className={`grade-code${code ? '' : ' ungraded'}`}>{code ?? 'grade'}</span>
      {flags.map((f) => (
        <span key={f} className={`grade-flag flag-${f}`}>
          {flagLabel(f)}
        </span>
      ))}
    </>
  );
  return onClick ? (
    <button type="button" className="grade-badges" title={`Grade: ${gradeText(claim.grades)} (click to edit)`} onClick={onClick}>
      {body}
    </button>
  ) : (
    <span className="grade-badges" title={`Grade: ${gradeText(claim.grades)}`}>
      {body}
    </span>
  );
}

export function ClaimCard({ claim, onOpen, compact = false, actions, children, className = '' }: Props): JSX.Element {
  const sources = claim.sources.length;
  return (
    <div className={`cmp-claim ${className}`} data-claim-id={claim.id}>
      <q className={`cmp-quote${compact ? ' compact' : ''}`} title={compact ? claim.text : undefined}>
        {claim.text}
      </q>
      <div className="cmp-meta">
        <span className={`cmp-speaker ${speakerClass(claim.speaker)}`} title={claim.speakerRole ?? undefined}>
          {claim.speaker ?? 'unattributed'}
        </span>
        <span className="muted cmp-where" title={claimMeta(claim)}>
          {claimMeta(claim)}
        </span>
        {sources > 1 && (
          <span className="muted" title={claim.sources.map((s) => s.outlet ?? s.articleTitle).join(', ')}>
            · {sources} sources
          </span>
        )}
        <GradeBadges claim={claim} />
        {actions}
        <button type="button" className="link-btn cmp-open" onClick={() => onOpen(claim.articleId, claim.id)} title="Open in the reader">
          Open ↗
        </button>
      </div>
      {children}
    </div>
  );
}
