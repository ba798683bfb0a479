// Lit creates its Trusted Types policy, named "lit-html", when its module loads. On a page that already
// runs its own Lit under `require-trusted-types-for 'script'`, a second "lit-html" policy is refused
// unless the site allows 'allow-duplicates' (a weaker policy), and Lit's `createPolicy` call then throws
// before any widget is defined (or, when ours loads first, the site's own Lit fails). In the bundles this
// plugin gives our copy of Lit its own policy name, "cramp-widgets", and turns a refused policy into "no
// policy": the library then checks once whether it can render and, if it cannot, keeps the fallback
// content with one warning (src/internal/define.ts). npm users' builds keep their own Lit as it is.
export const POLICY_NAME = 'cramp-widgets';

const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;
const CREATE_POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/g;

export function trustedTypesPolicy() {
  return {
    name: 'cramp-trusted-types-policy',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const matches = code.match(CREATE_POLICY) ?? [];
      // Fail the build, not the page, if a Lit update changes the line this relies on.
      if (matches.length !== 1) throw new Error(`expected one createPolicy("lit-html", …) in ${id}, found ${matches.length}`);
      return {
        code: code.replace(
          CREATE_POLICY,
          (_, factory, rules) => `(()=>{try{return ${factory}.createPolicy(${JSON.stringify(POLICY_NAME)},${rules})}catch{}})()`,
        ),
        map: null,
      };
    },
  };
}
