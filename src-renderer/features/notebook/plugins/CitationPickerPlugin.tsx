// `@` quick-pick: typing `@` and a few words searches claims (FTS, as you type) and Enter puts
// the chosen claim in the note as a citation chip.
import { useCallback, useEffect, useMemo, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import type { ClaimHit } from '../../../../src-main/api/contract/methods';
import { api } from '../../../api/client';
import { speakerClass } from '../../../components/speaker';
import { seedClaim } from '../citationStore';
import { PickerBox, PickerItem } from './PickerBox';
import { $wholeQuery } from './queryNode';
import { $createCitationNode } from '../nodes/CitationNode';
import { $caretAfterChip } from './chipSpacing';

const SEARCH_DELAY_MS = 120;
const LIMIT = 8;

class ClaimOption extends MenuOption {
  constructor(readonly hit: ClaimHit) {
    super(`claim-${hit.id}`);
  }
}

export function CitationPickerPlugin(): JSX.Element {
  const [query, setQuery] = useState<string | null>(null);
  const [hits, setHits] = useState<ClaimHit[]>([]);
  // Not a mention: allow spaces (a quote is words), stop at line ends.
  const triggerFn = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 60, allowWhitespace: true });

  useEffect(() => {
    if (query === null) return;
    let live = true;
    const t = window.setTimeout(() => {
      api.call('claims.search', { q: query, limit: LIMIT }).then(
        (found) => {
          if (live) setHits(found);
        },
        () => {
          if (live) setHits([]);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [query]);

  const options = useMemo(() => (query === null ? [] : hits.map((h) => new ClaimOption(h))), [hits, query]);

  const onSelect = useCallback(
    (option: ClaimOption, textNode: TextNode | null, closeMenu: () => void) => {
      const { hit } = option;
      seedClaim(hit, hit.articleTitle, { outlet: hit.outlet, published: hit.published, context: hit.context });
      const chip = $createCitationNode({ kind: 'claim', claimId: hit.id });
      if (textNode) $wholeQuery(textNode, '@').replace(chip);
      else return closeMenu();
      $caretAfterChip(chip);
      closeMenu();
    },
    [],
  );

  return (
    <LexicalTypeaheadMenuPlugin<ClaimOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={triggerFn}
      options={options}
      onClose={() => setHits([])}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options: shown }) =>
        anchor.current
          ? createPortal(
              <PickerBox label="Cite a claim">
                <div className="picker-head">
                  {shown.length === 0 ? (query ? 'No claim matches' : 'Type words of a quote or a speaker') : 'Cite a claim · ↑↓ Enter'}
                </div>
                {shown.map((o, i) => (
                  <PickerItem key={o.key} option={o} index={i} selectedIndex={selectedIndex} onHighlight={setHighlightedIndex} onChoose={selectOptionAndCleanUp}>
                    <span className={`swatch ${speakerClass(o.hit.speaker)}`} aria-hidden="true" />
                    <div className="picker-body">
                      <div className="picker-quote">“{o.hit.text}”</div>
                      <div className="picker-meta muted small">
                        {[o.hit.speaker ?? 'Unattributed', o.hit.outlet, o.hit.published].filter(Boolean).join(' · ')}
                      </div>
                    </div>
                  </PickerItem>
                ))}
              </PickerBox>,
              anchor.current,
            )
          : null
      }
      anchorClassName="picker-anchor"
    />
  );
}
