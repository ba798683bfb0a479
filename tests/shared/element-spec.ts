import type { CrampElement } from '../../src/element/cramp-element.js';

/**
 * What the shared suites need to know about one of the six elements. Each element's test file
 * describes itself once and calls the suites that apply to it.
 */
export interface ElementSpec {
  /** The element's tag, e.g. `call-clinic`. */
  tag: string;
  /** Attributes every fixture of the shared suites gets, e.g. a layout that shows every call. */
  attributes?: Record<string, string>;
  /**
   * Where the colour scheme is painted: on the `host`, over the page's own colours (transparent when
   * light), or on the element's own `card`, `[part="base"]` (white when light).
   */
  panel: 'host' | 'card';
  /**
   * The `tel:` links a visitor can use, after whatever steps show them (the self-check shows its call
   * on the result). Absent for an element that has no call.
   */
  calls?: (el: CrampElement) => Promise<string[]>;
  /** The element's own heading, for those that take `heading-level`. */
  heading?: {
    /** The `part` of the heading. */
    part: string;
    /** The element's own checks of the headings below it, at `level`. */
    below?: (el: CrampElement, level: number) => void | Promise<void>;
  };
}
