/** True when the digits of an international number start with an assigned country calling code. */
export declare function hasCountryCallingCode(digits: string): boolean;
