// Registers the chip spacing rule of chipSpacing.ts on the keys typed in the note.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { $takeChipSpace } from './chipSpacing';

export function ChipSpacingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
          if (!$takeChipSpace(event.key)) return false;
          // A typed space is dropped; punctuation goes on to be typed where the space was.
          if (event.key === ' ') event.preventDefault();
          return event.key === ' ';
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
