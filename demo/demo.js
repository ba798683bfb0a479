// The language switcher a multilingual plugin would provide. The widgets follow <html lang> by
// themselves; the page's own text is the page's job, so the demo translates it here, the way a
// translated page of a real site would read.
const PAGE_TEXT = {
  en: {
    title: 'Why do I keep getting leg cramps at night? | Vein & Wellness Blog',
    site: 'Vein & Wellness Blog',
    nav: 'Site',
    navCauses: 'Causes',
    navCheck: 'Self-check',
    navContact: 'Contact',
    language: 'Language',
    meta: 'Demo of cramp-widgets: every widget below is loaded from',
    h1: 'Why do I keep getting leg cramps at night?',
    byline: 'By the Sheen Vein & Cosmetics team, St. Louis',
    checkHeading: 'What may be causing your night cramps?',
    contactHeading: 'Ready to talk?',
    footer: 'Demo page imitating a clinic blog. Content: Sheen Vein & Cosmetics, St. Louis.',
  },
  es: {
    title: '¿Por qué me dan calambres en las piernas por la noche? | Blog de venas y bienestar',
    site: 'Blog de venas y bienestar',
    nav: 'Sitio',
    navCauses: 'Causas',
    navCheck: 'Autoevaluación',
    navContact: 'Contacto',
    language: 'Idioma',
    meta: 'Demostración de cramp-widgets: cada widget de esta página se carga desde',
    h1: '¿Por qué me dan calambres en las piernas por la noche?',
    byline: 'Por el equipo de Sheen Vein & Cosmetics, St. Louis',
    checkHeading: '¿Qué puede estar causando sus calambres nocturnos?',
    contactHeading: '¿Hablamos?',
    footer: 'Página de demostración que imita el blog de una clínica. Contenido: Sheen Vein & Cosmetics, St. Louis.',
  },
};

function showLanguage(lang) {
  const text = PAGE_TEXT[lang] ?? PAGE_TEXT.en;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-demo-text]')) {
    element.textContent = text[element.dataset.demoText];
  }
  for (const element of document.querySelectorAll('[data-demo-label]')) {
    element.setAttribute('aria-label', text[element.dataset.demoLabel]);
  }
}

const select = document.getElementById('language');
select.addEventListener('change', () => showLanguage(select.value));
// A page reloaded with Español still selected (form state restored by the browser) shows Spanish.
if (select.value !== 'en') showLanguage(select.value);
