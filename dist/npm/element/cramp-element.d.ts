import { LitElement, type PropertyValues } from 'lit';
import { type ClinicDetails } from '../clinic/clinic-details.js';
import { type HeadingLevel } from '../internal/heading.js';
import { type Theme } from '../internal/theme.styles.js';
import { type CrampEventDetail, type CrampEventMap } from './events.js';
/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, the context it hands down to the widgets it renders inside itself (and
 * receives from the widget it is rendered in, see context.ts), and the helpers for the chores every
 * element has: fixed-value attributes, heading levels, events. Elements extend it and add only their
 * own content and presentation.
 */
export declare class CrampElement extends LitElement {
    /** The library version, compared when two copies meet on one page. */
    static readonly version = "0.2.0";
    /** Registers the element under `tag`; safe to call when the tag is already taken. */
    static define(tag: string): void;
    /** Clinic name, overriding the page settings and the article ("Sheen Vein & Cosmetics"). */
    clinicName?: string;
    /** Phone number, e.g. `314-842-1441`; invalid numbers fall back to the default with a warning. */
    phone?: string;
    /** Clinic website (https, http or relative URL). */
    website?: string;
    /** Booking or appointment-request URL; the website is used when absent. */
    bookingUrl?: string;
    /** Color scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
    theme?: Theme;
    /** Opening hours in schema.org form, e.g. `Mo-Fr 08:00-17:00`. None by default. */
    hours?: string;
    /** IANA timezone of the opening hours; default `America/Chicago`. */
    timezone?: string;
    /** The resolved clinic, fresh for every render. */
    protected clinic: ClinicDetails;
    /** What the enclosing widget handed down; `undefined` for a widget on its own. */
    private provided?;
    /** The widgets rendered inside this one, and how each receives this one's context. */
    private readonly nested;
    /** What this widget hands down, renewed before each render. */
    private context?;
    private stopListening?;
    /** The number of a `tel:` link in the author's fallback content, used when neither the attribute nor the page settings set one. */
    private fallbackPhone;
    /**
     * The last node of the shadow tree the page's HTML brought: a pre-rendered snippet's
     * `<template shadowrootmode>` (scripts/prerender.mjs), which Lit's createRenderRoot() reuses as the
     * shadow root. It is not hydrated: the first render replaces it, so what the server could not know
     * (page settings, the page's language, opening hours) is rendered fresh instead of kept stale.
     */
    private prerendered?;
    protected createRenderRoot(): HTMLElement | DocumentFragment;
    protected scheduleUpdate(): void | Promise<unknown>;
    protected update(changed: PropertyValues): void;
    constructor();
    connectedCallback(): void;
    disconnectedCallback(): void;
    private readFallbackPhone;
    protected willUpdate(): void;
    /** Resolves once this element and every widget rendered inside it (at any depth) have rendered. */
    protected getUpdateComplete(): Promise<boolean>;
    /** The language of the rendered content, for the `lang` attribute of the shadow content. */
    protected get locale(): string;
    /**
     * Reads a fixed-value property (`variant`, `layout`, `mode`…): case and spaces are forgiven, an
     * unknown value warns once (naming this tag and `attribute`) and gives the first allowed value, the
     * default. Elements call it in `willUpdate` and write the result back, so `:host([variant=…])` rules
     * match and a bad value is reported once.
     */
    protected fixed<T extends string>(value: string | null | undefined, allowed: readonly T[], attribute: string): T;
    /** Reads a `heading-level` value (`2`-`6`, `h2`-`h6`); absent means 2, anything else warns once and gives 2. */
    protected headingLevelOf(value: unknown): HeadingLevel;
    /**
     * The one way elements report something (see `emit`): the event's detail names this element, and a
     * copy reaches `dataLayer` when the page settings opt in (or `toDataLayer` says what may leave).
     */
    protected emit<K extends keyof CrampEventMap>(name: K, detail: Omit<CrampEventDetail<K>, 'element'>, toDataLayer?: boolean | object): void;
}
