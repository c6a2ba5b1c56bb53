// Makes an HTML document inert with DOMPurify: no scripts, forms, plugins, handlers or outside loads; links become QR taps.
import DOMPurify from 'dompurify';
import { linkTarget, packageImagePath } from './document-links.ts';

export interface SanitizeOptions {
  /** The document's package path, against which its relative images resolve. */
  documentPath: string;
  /** The online original, against which relative links resolve for their QR codes. */
  originalUrl?: string;
  /** Package image path → an object URL the page created for it; images not in it are dropped. */
  images?: ReadonlyMap<string, string>;
}

// Everything that runs, submits, embeds, redirects or restyles the page is removed with its contents.
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'output',
  'keygen',
  'portal',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'canvas',
  'template',
  'noscript',
  'dialog',
  'marquee',
];
// Our own styles make the text readable at large sizes; the page's own layout (fixed widths, tiny fonts) would fight them.
const FORBID_ATTR = [
  'style',
  'class',
  'srcset',
  'background',
  'action',
  'formaction',
  'ping',
  'target',
  'download',
  'width',
  'height',
  'bgcolor',
  'color',
  'face',
  'size',
];
const SAFE_IMAGE_DATA = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/** The image paths a document refers to inside its package, so the page can load them before sanitising. */
export function packageImages(html: string, documentPath: string): string[] {
  // DOMParser builds an inert document: nothing in it loads or runs.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const paths = new Set<string>();
  for (const img of parsed.querySelectorAll('img[src]')) {
    const path = packageImagePath(documentPath, img.getAttribute('src') ?? '');
    if (path) paths.add(path);
  }
  return [...paths];
}

/** The document's body as inert HTML, ready to sit inside htmlForFrame. */
export function sanitizeHtml(html: string, { documentPath, originalUrl, images = new Map() }: SanitizeOptions): string {
  // A private instance: hooks added here never touch another caller's sanitising.
  const purify = DOMPurify(window);
  // Before DOMPurify's own URI checks, which would drop relative references we still need to resolve.
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    // data-link is ours alone: one written by the document could put any text into a QR code.
    element.removeAttribute('data-link');
    if (element.tagName === 'A' || element.tagName === 'AREA') {
      const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
      element.removeAttribute('href');
      element.removeAttribute('xlink:href');
      // A link never navigates: no href at all, only where its QR code points (empty when there is no web address).
      if (href !== null && !href.trim().startsWith('#')) {
        element.setAttribute('data-link', linkTarget(href, originalUrl) ?? '');
        element.setAttribute('role', 'link');
        element.setAttribute('tabindex', '0');
      }
    }
    if (element.tagName === 'IMG') {
      const src = element.getAttribute('src') ?? '';
      const path = packageImagePath(documentPath, src);
      const local = path ? images.get(path) : undefined;
      if (local) element.setAttribute('src', local);
      else if (!SAFE_IMAGE_DATA.test(src)) element.removeAttribute('src');
    }
  });
  try {
    return purify.sanitize(html, {
      USE_PROFILES: { html: true },
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ADD_ATTR: ['data-link'],
      // Blob URLs the page made for the package's images are the only non-data URLs an image keeps.
      ALLOWED_URI_REGEXP: /^(?:blob:|data:image\/(?:png|jpeg|gif|webp);|https?:|#)/i,
      KEEP_CONTENT: true,
    });
  } finally {
    purify.removeAllHooks();
  }
}
