// The read-aloud mark's name in CSS.highlights and its colour: shared by the app's styles and a web page frame's own.
export const READ_ALOUD_HIGHLIGHT = 'read-aloud';

/**
 * Translucent yellow, the same in every display mode: a document stays dark on white in high contrast too, and over a
 * PDF the text layer's glyphs are transparent, so the print on the canvas beneath must show through the mark.
 */
export const READ_ALOUD_MARK_COLOUR = 'rgb(255 212 0 / 0.45)';
