// The language switcher a multilingual plugin would provide: it only changes <html lang>;
// the widgets follow by themselves.
document.getElementById('language').addEventListener('change', (event) => {
  document.documentElement.lang = event.target.value;
});
