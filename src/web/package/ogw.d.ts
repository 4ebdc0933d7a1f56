/*! ogw: Open Government Widgets. MIT OR Apache-2.0 */
// The loader's API (ogw.js as a classic script sets window.ogw; ogw.mjs as a
// module sets it too). docs/embedding.md says what each option does.
import type { OgwPlan1 } from './ogw.plan';
import type { OgwDaycare1 } from './ogw.daycare';

export type { OgwPlan1, OgwDaycare1 };

/** The kinds of widget; each has its own core, loaded the first time one appears. */
export type Widget = 'status' | 'timeline' | 'daycare';

export interface MountOptions {
  /** Which widget; for an `<ogw-…>` element, its tag says. */
  widget?: Widget;
  /** The feed's address, relative to the page's own address (never to `<base>`). */
  src?: string;
  /** The feed itself: an object, or its JSON text. */
  feed?: OgwPlan1 | OgwDaycare1 | string;
  /** `da` or `en`; by default the nearest `lang` of the element's ancestors. */
  lang?: string;
  /** `light` (the default), `dark`, or `auto` (dark when the reader's system asks for it). */
  theme?: 'light' | 'dark' | 'auto';
  /** The daycare dashboard's start: municipality codes, comma-separated. */
  municipality?: string;
  /** The daycare dashboard's start: figure ids shown and compared, comma-separated. */
  figures?: string;
  /** The daycare dashboard's start: up to four `a:CODE` or `u:ID`, comma-separated. */
  compare?: string;
  /** Seconds to wait for the feed (20). */
  timeout?: number | string;
  /** The most bytes the feed may have (64,000,000). */
  maxBytes?: number | string;
}

export interface Ogw {
  readonly version: string;
  /** Shows a widget in `element` (remounts if one is there). Rejects with an Error. */
  mount(element: HTMLElement, options?: MountOptions): Promise<void>;
  /** Removes the widget from `element`; its fallback content shows again. */
  unmount(element: HTMLElement): Promise<void>;
  /** Resolves once the widgets on the page when it loaded have mounted (or failed to). */
  readonly ready: Promise<void>;
}

/** What a page may set before the loader: `window.ogw = { config: { … } }`. */
export interface OgwConfig {
  /** The feed addresses the page allows (each an address or its start; `'inline'` for inline feeds). */
  feeds?: string | string[];
  /** `none`, or selectors that `[data-ogw]` placeholders must be inside. */
  placeholders?: string | string[];
}

declare global {
  interface Window {
    ogw: Ogw | { config: OgwConfig };
  }
}
