import { type SVGTemplateResult } from 'lit';
import type { CauseId } from './article.js';
/** Electrolytes: a drop of water with a mineral sparkle. */
export declare const electrolytesIcon: import("lit-html").TemplateResult<2>;
/** Veins: a lower leg with a vein down the calf. */
export declare const veinsIcon: import("lit-html").TemplateResult<2>;
/** Nerves: vertebrae with a nerve leaving the spine and branching. */
export declare const nervesIcon: import("lit-html").TemplateResult<2>;
/** The icon of each cause, by the cause's id. */
export declare const causeIcons: Record<CauseId, SVGTemplateResult>;
