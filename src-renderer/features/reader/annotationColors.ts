// Annotation colours on screen: a palette name maps to a background and an underline (light and
// dark values in annotations.css); a #rrggbb colour is used as is, its background made translucent.
import type { CSSProperties } from 'react';
import { ANNOTATION_PALETTE, HEX_COLOR, type AnnotationColor } from '../../../src-main/api/contract/annotations';

/** CSS custom properties for one annotation colour (--anno-bg, --anno-fg). */
export function colorVars(color: AnnotationColor | string): CSSProperties {
  if ((ANNOTATION_PALETTE as readonly string[]).includes(color)) {
    return { '--anno-bg': `var(--anno-${color}-bg)`, '--anno-fg': `var(--anno-${color}-fg)` } as CSSProperties;
  }
  if (HEX_COLOR.test(color)) return { '--anno-bg': `${color}40`, '--anno-fg': color } as CSSProperties;
  return { '--anno-bg': 'var(--anno-yellow-bg)', '--anno-fg': 'var(--anno-yellow-fg)' } as CSSProperties;
}

/** A colour's name for people (palette names as they are, hex codes upper-cased). */
export const colorLabel = (color: string): string => (color.startsWith('#') ? color.toUpperCase() : color);
