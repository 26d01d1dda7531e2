/**
 * Sizes and text metrics shared by the build-time layout and both renderers, so the server SVG and
 * the React Flow view draw the same boxes. Text is wrapped here, at build time, into explicit lines:
 * the browser never measures or reflows a diagram label.
 */
export const METRICS = {
  leafWidth: 200,
  leafPaddingX: 12,
  leafPaddingY: 11,
  iconSize: 24,
  iconGap: 10,
  labelSize: 13,
  labelLineHeight: 17,
  detailSize: 11.5,
  detailLineHeight: 15,
  groupPaddingTop: 38,
  groupPadding: 16,
  groupIconSize: 18,
  groupLabelSize: 12.5,
  edgeLabelSize: 11,
  edgeLabelLineHeight: 14,
  edgeLabelPaddingX: 5,
  edgeLabelPaddingY: 2,
  margin: 12,
  attributionStrip: 14,
} as const;

/**
 * Readability budget. In a lesson at desktop width the diagram's box is 734 px wide (the 736 px
 * column less the frame's border) and the drawing is scaled to fit it; labels stay readable down to
 * 75 % of their size, so no diagram may lay out wider than 734 / 0.75 ≈ 978 px. A unit test holds
 * every diagram to it: rework the data (direction, fewer side-by-side boxes, shorter labels, hand
 * positions) rather than raise it. On a phone the whole drawing is smaller still; there the
 * walkthrough frames each step (components/diagram/viewport.ts), and Explore and Full screen zoom.
 */
export const DESKTOP_DIAGRAM_BOX = 734;
export const MIN_DESKTOP_SCALE = 0.75;
export const MAX_DIAGRAM_WIDTH = Math.floor(DESKTOP_DIAGRAM_BOX / MIN_DESKTOP_SCALE);

/** Average glyph advance of the system sans-serif, as a fraction of the font size (generous). */
const AVERAGE_ADVANCE = 0.58;
const BOLD_ADVANCE = 0.61;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil(text.length * fontSize * (bold ? BOLD_ADVANCE : AVERAGE_ADVANCE));
}

/** Greedy word wrap to a width in pixels; a word longer than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const M = METRICS;

/** The label and detail of a box of the given width, wrapped beside its icon. */
export function wrapLeafText(label: string, detail?: string, width: number = M.leafWidth) {
  const leafTextWidth = width - 2 * M.leafPaddingX - M.iconSize - M.iconGap;
  return {
    labelLines: wrapText(label, leafTextWidth, M.labelSize, true),
    detailLines: detail ? wrapText(detail, leafTextWidth, M.detailSize) : [],
  };
}

export function leafSize(labelLines: readonly string[], detailLines: readonly string[]) {
  const textHeight = labelLines.length * M.labelLineHeight + detailLines.length * M.detailLineHeight;
  return { width: M.leafWidth, height: Math.max(48, textHeight + 2 * M.leafPaddingY) };
}

/** Where the first label line's baseline sits, so the text block is centred vertically in its box. */
export function leafTextTop(height: number, labelLines: number, detailLines: number): number {
  const textHeight = labelLines * M.labelLineHeight + detailLines * M.detailLineHeight;
  return (height - textHeight) / 2;
}

/** A group's header: icon and label on one line, with the detail after it. */
export function groupHeaderWidth(label: string, detail?: string): number {
  const labelWidth = textWidth(label, M.groupLabelSize, true);
  const detailWidth = detail ? textWidth(` · ${detail}`, M.detailSize) : 0;
  return M.groupPadding + M.groupIconSize + 8 + labelWidth + detailWidth + M.groupPadding;
}

export function wrapEdgeLabel(label: string): string[] {
  return wrapText(label, 150, M.edgeLabelSize);
}

export function edgeLabelSize(lines: readonly string[]) {
  const width = Math.max(...lines.map((l) => textWidth(l, M.edgeLabelSize))) + 2 * M.edgeLabelPaddingX;
  return { width, height: lines.length * M.edgeLabelLineHeight + 2 * M.edgeLabelPaddingY };
}
