import { LitElement, type PropertyValues } from 'lit';
import { type ClinicDetails } from '../clinic/clinic-details.js';
import { type CrampActionDetail } from './events.js';
import { type Theme } from './theme.styles.js';
/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, and the event helper. Elements extend it and add only their own content
 * and presentation.
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
    /**
     * Clinic details handed down by an enclosing widget (`.inheritedClinic=${this.clinic}`), so nested
     * elements show what their container resolved, warnings included, without repeating attributes.
     * @internal
     */
    inheritedClinic?: ClinicDetails;
    /** The resolved clinic, fresh for every render. */
    protected clinic: ClinicDetails;
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
    connectedCallback(): void;
    disconnectedCallback(): void;
    private readFallbackPhone;
    protected willUpdate(): void;
    /** The language of the rendered content, for the `lang` attribute of the shadow content. */
    protected get locale(): string;
    /** Reports a visitor's click on a call or link (see `CrampActionDetail`). */
    protected emitAction(name: 'cramp-call' | 'cramp-link', detail: Omit<CrampActionDetail, 'element'>): void;
}
