
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hours.open': str`Open now, closes at ${0}`,
'hours.opensToday': str`Closed now, opens today at ${0}`,
'hours.opensTomorrow': str`Closed now, opens tomorrow at ${0}`,
'hours.opensOn': str`Closed now, opens ${0} at ${1}`,
'call.label': str`Call ${0}`,
'sefde38e0bb4c17a2': `to schedule your evaluation`,
's1580c0cb7fb3ed9b': `Request an appointment online`,
'sd20b7b921dbb0c23': `Visit our website`,
'call.website': str`Visit ${0}`,
'sb6d6dc87be9f1c2e': `Hide the call button`,
    };
  