export declare const clinicServicesStyles: import("lit").CSSResult;
