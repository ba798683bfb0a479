export declare const callClinicStyles: import("lit").CSSResult;
