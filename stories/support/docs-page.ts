import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';

/**
 * The docs page of every element: title, the live preview of the first story with its controls, then
 * the description and the copy-paste snippet (a long code block, so below what designers look at),
 * then the other stories. Storybook's default page puts the description first.
 */
export function elementDocsPage() {
  return h(Fragment, null, h(Title), h(Subtitle), h(Primary), h(Controls), h(Description), h(Stories, { includePrimary: false }));
}
