import { msg, str } from '@lit/localize';

/**
 * The article's words, and only the article's: "Top 3 causes of night-time leg cramps" by
 * Sheen Vein & Cosmetics. Every string a widget shows about the topic comes from here; elements
 * decide only how to present it. These are functions, not constants, because `msg()` must run at
 * render time to follow a change of language.
 *
 * Clinic name, phone and website are configuration (src/clinic/), not content.
 */

/** The ids a site owner uses in `causes="…"` and `open="…"`, in the article's order. */
export const CAUSE_IDS = ['electrolytes', 'veins', 'nerves'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export interface Cause {
  id: CauseId;
  /** Short name of the cause. */
  title: string;
  /** What it is, as the article explains it. */
  what: string[];
  /** Signs that point to it. */
  signs: string[];
  /** How the clinic addresses it. */
  care: string[];
  /** Which call to action ends the cause: the vein evaluation or the call. */
  action: 'vein-evaluation' | 'call';
}

export const articleTitle = () => msg('Top 3 causes of nighttime leg cramps');

/**
 * The article's opening: the patients' question, then what nocturnal leg cramps are. `clinic` and
 * `city` are configuration (the article's: Sheen Vein & Cosmetics, St. Louis).
 */
export const intro = (clinic: string, city: string) => [
  msg('Waking up with sharp, painful cramps in your legs is not just frustrating: it can be a sign that your body is out of balance.'),
  msg(str`At ${clinic} in ${city}, we frequently see patients who ask, “Why do I keep getting leg cramps at night, and what can I do about it?”`, {
    id: 'article.patientQuestion',
  }),
  msg(
    'Nighttime leg cramps, also known as nocturnal leg cramps, are often sudden, intense muscle contractions that affect the calves, feet, or thighs and can last for seconds or even minutes. They may resolve on their own, but for some people, they happen night after night, disturbing sleep and reducing quality of life.',
  ),
  msg('The good news? There are root causes that can be identified and treated.'),
];

export const causes = (): Cause[] => [
  {
    id: 'electrolytes',
    title: msg('Electrolyte imbalance'),
    what: [
      msg(
        'One of the most common, and often overlooked, causes of nighttime leg cramps is electrolyte imbalance, especially low levels of magnesium, potassium, calcium, or sodium.',
      ),
      msg('These minerals play a key role in how your muscles contract and relax. When they are off, even slightly, muscle cramping can become a regular occurrence.'),
    ],
    signs: [msg('Leg cramps that come with fatigue, brain fog, or poor sleep: all signs that mineral levels are off.')],
    // The article names no test or service for minerals ("We use a combination of:" has no list):
    // only that the clinic helps find the reason, whatever it is.
    care: [nutritionalCare()],
    action: 'call',
  },
  {
    id: 'veins',
    title: msg('Chronic venous insufficiency (vein disease)'),
    what: [
      msg(
        'Chronic venous insufficiency (CVI) occurs when leg veins struggle to return blood to the heart, leading to pressure buildup and irritation in the muscles.',
      ),
      msg('Vein disease is one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40.'),
    ],
    signs: [msg('Cramps accompanied by heaviness, swelling, or aching in the legs, especially at the end of the day.')],
    care: [
      msg('Vascular ultrasound to diagnose circulation issues that standard labs and exams often miss.'),
      msg('Once diagnosed, minimally invasive vein treatments can restore normal blood flow and eliminate symptoms.'),
    ],
    action: 'vein-evaluation',
  },
  {
    id: 'nerves',
    title: msg('Nerve or musculoskeletal causes'),
    what: [
      msg('Sometimes, leg cramps are caused by nerve irritation or musculoskeletal misalignment, often in the back, hips, or lower legs.'),
      msg('Nerve impingement from lumbar disc degeneration or sciatica can lead to abnormal nerve firing.'),
      msg('A tight Achilles tendon, imbalanced gait, or weak glutes can place excess strain on the calf and foot muscles during sleep.'),
    ],
    signs: [msg('Cramps with twitching or burning sensations.'), msg('Back or hip problems, such as lumbar disc degeneration or sciatica.')],
    care: [
      msg('An assessment of posture, gait, and functional movement patterns.'),
      msg('Referral for physical therapy or chiropractic care when needed.'),
      msg('Pulsed electromagnetic field (PEMF) therapy or red light therapy to reduce inflammation and support tissue healing.'),
    ],
    action: 'call',
  },
];

/**
 * What the clinic does for the nutritional side, in the article's own words: it names no service
 * for it, only "Whether the cause is circulatory, neurological, or nutritional, we can help uncover
 * the reason".
 */
export const nutritionalCare = () => msg('Whether the cause is circulatory, neurological, or nutritional, we can help uncover the reason.');

/**
 * The one safety line the widgets add wherever they ask people with swelling to get evaluated (the
 * self-check, the article's evaluation criteria, the vein call to action).
 */
export const emergencyLine = () =>
  msg('Sudden pain and swelling in one leg, chest pain, or shortness of breath need emergency care now: call 911.');

/** "When to get evaluated": the article's criteria for a full evaluation. */
export const evaluationHeading = () => msg('When to get a full evaluation');
export const evaluationLead = () => msg('If you are experiencing frequent leg cramps at night, especially if they:');
export const evaluationCriteria = () => [
  msg('disrupt your sleep'),
  msg('limit your mobility'),
  msg('are accompanied by swelling, numbness, or visible vein changes'),
];
export const evaluationConclusion = () => msg('it is time for a full evaluation.');

/**
 * The services the article names, grouped by the cause each serves. Electrolytes have none: the
 * article names no service for them (see `nutritionalCare`).
 */
export interface Service {
  id: string;
  name: string;
  cause: CauseId;
}

export const servicesHeading = () => msg('How we help');
export const servicesLead = () =>
  msg('We specialize in identifying the root causes of leg pain, cramps, swelling, and fatigue. We use a combination of:');
export const services = (): Service[] => [
  { id: 'vascular-ultrasound', name: msg('Vascular ultrasound'), cause: 'veins' },
  { id: 'vein-treatment', name: msg('Minimally invasive vein treatments'), cause: 'veins' },
  { id: 'movement-assessment', name: msg('Posture, gait, and functional movement assessment'), cause: 'nerves' },
  { id: 'therapy-referral', name: msg('Referral to physical therapy or chiropractic care'), cause: 'nerves' },
  { id: 'pemf', name: msg('Pulsed electromagnetic field (PEMF) therapy'), cause: 'nerves' },
  { id: 'red-light', name: msg('Red light therapy'), cause: 'nerves' },
];

/** The article's vein message, for the vein-evaluation call to action. */
export const veinMessage = () => ({
  headline: msg('Heavy, swollen, or aching legs with your cramps?'),
  body: [
    msg('If your cramps are often accompanied by heaviness, swelling, or aching in the legs, especially at the end of the day, you may be dealing with chronic venous insufficiency or underlying vein disease.'),
    msg('Vein disease is one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40.'),
    msg('Vascular ultrasound finds circulation issues that standard labs and exams often miss, and minimally invasive vein treatments can restore normal blood flow.'),
  ],
  /** The one sentence the short presentations (a banner, a sidebar) keep: the second of `body`. */
  summary: msg('Vein disease is one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40.'),
  book: msg('Request a vein evaluation'),
});

/** The article's closing message. */
export const closing = () => [
  msg('You do not have to live with painful leg cramps that wake you up in the middle of the night. Whether the cause is circulatory, neurological, or nutritional, we can help uncover the reason and guide you toward long-term relief.'),
  msg('Nighttime leg cramps are not just a nuisance: they are a message from your body. Let us find out what it is trying to tell you.'),
];

/** The article's calls to action. `callLabel` is the call link's text, "Call 314-842-1441". */
export const callLabel = (number: string) => msg(str`Call ${number}`, { id: 'call.label' });
export const callToSchedule = () => msg('to schedule your evaluation');
export const visitToLearnMore = () => msg('to learn more about our vein and functional medicine services');
export const visitSite = (host: string) => msg(str`Visit ${host}`, { id: 'visit.site' });

/** The one note the widgets add to the article, wherever they give health information. */
export const educationalNote = () =>
  msg('This information is educational and is not a diagnosis. Talk with a qualified clinician about your symptoms.');

/**
 * The article's related reads; shown only when their URLs are configured (the article gives none).
 * The titles stay in English, the language of the pages they name (`RELATED_TITLES_LANG`), in every
 * locale: a translated title would promise a page in the reader's language.
 */
export const RELATED_IDS = ['stress', 'vein-disease', 'red-light-pemf'] as const;
export type RelatedId = (typeof RELATED_IDS)[number];
export const RELATED_TITLES_LANG = 'en';
export const relatedReads = (): Record<RelatedId, { lead: string; title: string }> => ({
  stress: { lead: msg('Related:'), title: 'How to Handle Stress Naturally' },
  'vein-disease': { lead: msg('Explore more:'), title: 'Treating Vein Disease the Right Way' },
  'red-light-pemf': { lead: msg('Learn more:'), title: 'Red Light and PEMF Benefits for Pain Relief' },
});

/** The sentence that introduces the three causes. */
export const causesLead = () =>
  msg('Here are the top 3 reasons why you may be experiencing nighttime leg cramps, and how we address them from a functional medicine perspective.');
