// The legend the analyst edits: each tag bound to a colour, with a line saying what it means.
// Changes are saved as they are made (a name on Enter or leaving the field); deleting a tag takes
// it off its annotations, which stay.
import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { ANNOTATION_PALETTE, HEX_COLOR, MAX_TAG_DESCRIPTION, MAX_TAG_NAME, type AnnotationTag } from '../../../src-main/api/contract/annotations';
import { colorLabel, colorVars } from './annotationColors';
import { ModalDialog } from '../../components/ModalDialog';

export interface TagDraft {
  id?: number;
  name: string;
  color?: string;
  description?: string;
}

interface Props {
  tags: AnnotationTag[];
  onSave: (tag: TagDraft) => Promise<boolean>;
  onDelete: (tag: AnnotationTag) => Promise<void>;
  onClose: () => void;
}

function ColorPicker({ value, onPick, label }: { value: string; onPick: (color: string) => void; label: string }): JSX.Element {
  return (
    <span className="legend-colors" role="radiogroup" aria-label={label}>
      {ANNOTATION_PALETTE.map((c) => (
        <button key={c} type="button" role="radio" aria-checked={value === c} aria-label={c} title={c} className="legend-swatch" style={colorVars(c)} onClick={() => onPick(c)} />
      ))}
      <input
        type="color"
        aria-label={`${label}: any colour`}
        title="Any colour"
        value={HEX_COLOR.test(value) ? value : '#888888'}
        onChange={(e) => onPick(e.target.value)}
      />
    </span>
  );
}

function LegendRow({ tag, onSave, onDelete }: { tag: AnnotationTag; onSave: Props['onSave']; onDelete: Props['onDelete'] }): JSX.Element {
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const commit = (): void => {
    const n = name.trim();
    if (!n) {
      setName(tag.name);
      return;
    }
    if (n !== tag.name || description.trim() !== tag.description) {
      void onSave({ id: tag.id, name: n, description: description.trim() }).then((ok) => {
        if (!ok) {
          setName(tag.name);
          setDescription(tag.description);
        }
      });
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  };
  return (
    <li className="legend-row" data-tag={tag.name}>
      <span className="anno-chip static" style={colorVars(tag.color)} aria-hidden="true">
        {colorLabel(tag.color)}
      </span>
      <input className="legend-name" aria-label={`Name of tag ${tag.name}`} value={name} maxLength={MAX_TAG_NAME} onChange={(e) => setName(e.target.value)} onBlur={commit} onKeyDown={onKey} />
      <input
        className="legend-description"
        aria-label={`What ${tag.name} means`}
        placeholder="What this colour means"
        value={description}
        maxLength={MAX_TAG_DESCRIPTION}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      <ColorPicker value={tag.color} label={`Colour of ${tag.name}`} onPick={(color) => void onSave({ id: tag.id, name: tag.name, color })} />
      <span className="muted small legend-count" title="Annotations with this tag">
        {tag.annotations}
      </span>
      <button type="button" className="btn small" aria-label={`Delete tag ${tag.name}`} title="Delete the tag (its annotations stay)" onClick={() => void onDelete(tag)}>
        ✕
      </button>
    </li>
  );
}

export function TagLegend({ tags, onSave, onDelete, onClose }: Props): JSX.Element {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(ANNOTATION_PALETTE.find((c) => !tags.some((t) => t.color === c)) ?? 'yellow');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const add = async (): Promise<void> => {
    const n = name.trim();
    if (!n) return;
    if (await onSave({ name: n, color })) {
      setName('');
      setColor(ANNOTATION_PALETTE.find((c) => c !== color && !tags.some((t) => t.color === c)) ?? 'yellow');
    }
  };

  return (
    <ModalDialog className="legend" label="Tag legend" onClose={onClose}>
        <header className="legend-head">
          <h2>Tag legend</h2>
          <span className="muted small">Each highlight colour means one tag.</span>
          <button type="button" className="btn small" onClick={onClose}>
            Done
          </button>
        </header>
        {tags.length === 0 ? (
          <p className="pane-empty small">No tags yet. Add one below, or tag a highlight in the reader.</p>
        ) : (
          <ul className="legend-list">
            {tags.map((t) => (
              // Keyed by what is stored: a saved change (or a refused one) resets the fields.
              <LegendRow key={`${t.id}:${t.name}:${t.description}`} tag={t} onSave={onSave} onDelete={onDelete} />
            ))}
          </ul>
        )}
        <form
          className="legend-add"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input ref={input} aria-label="New tag name" placeholder="New tag, e.g. Evidence" value={name} maxLength={MAX_TAG_NAME} onChange={(e) => setName(e.target.value)} />
          <ColorPicker value={color} label="Colour of the new tag" onPick={setColor} />
          <button type="submit" className="btn small primary" disabled={!name.trim()}>
            Add tag
          </button>
        </form>
    </ModalDialog>
  );
}
