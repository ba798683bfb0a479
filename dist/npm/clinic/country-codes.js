/**
 * The country calling codes in use (ITU-T E.164 assignments, the non-geographic ones such as +800
 * included), as one pattern over the first digits of an international number. The codes are
 * prefix-free, so the number's first 1-3 digits match at most one. tests/phone.test.ts checks the
 * pattern against libphonenumber's list of codes, every code from 1 to 999.
 */
const ASSIGNED = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|21[1-368]|2[2-4]\d|25[0-8]|26\d|29[017-9]|35\d|37[0-8]|38[0-35-79]|42[013]|5[09]\d|67[02-9]|68[0-35-9]|69[0-2]|80[08]|85[02356]|87[08]|88[0-368]|96[0-8]|97[0-79]|99[2-68])/;
/** True when the digits of an international number start with an assigned country calling code. */
export function hasCountryCallingCode(digits) {
    return ASSIGNED.test(digits);
}
