/**
 * Case 7, load: a page with 500 mixed widgets (tests/fixtures/hostile/load.html) renders completely:
 * every widget, nested ones included, has a shadow root with content. The time it takes is printed
 * (a benchmark figure, not an assertion): when load-probe.js, the module right after the library,
 * ran, relative to the navigation start and to the arrival of the bundle; and the time to render
 * 500 more widgets added to the loaded page at once.
 */
import { expect } from '@open-wc/testing';
import { engine } from './helpers.js';
import { closeHostPages, deepElements, hasRendered, isWidget, libraryWarnings, openHostPage, settle, type HostWindow } from './hostile-page.js';

interface ProbeWindow extends HostWindow {
  __probe: { at: number; widgets: number; rendered: number };
}

describe('load: 500 widgets on one page', () => {
  afterEach(closeHostPages);

  it('all render; the time is reported', async function () {
    this.timeout(120000);
    const { win: hostWin, doc } = await openHostPage('load.html', { width: 1024, height: 800 });
    const win = hostWin as ProbeWindow;
    const top = [...doc.querySelectorAll('.w > *')];
    expect(top).to.have.length(500);
    const all = deepElements(doc).filter(isWidget);
    expect(all.filter((widget) => !hasRendered(widget)).length, 'widgets without content').to.equal(0);
    expect(win.__errors).to.deep.equal([]);
    expect(libraryWarnings(win)).to.deep.equal([]);

    const bundle = win.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/cramp-widgets.js')) as PerformanceResourceTiming;
    const probe = win.__probe;
    expect(probe.rendered, 'rendered when the next script ran').to.equal(probe.widgets);

    // 500 more, added at once to the loaded page.
    const start = win.performance.now();
    const more = doc.createElement('div');
    more.innerHTML = top.map((widget) => widget.outerHTML.replace(/ lang="[^"]*"/, '')).join('');
    doc.body.append(more);
    await settle(doc);
    const added = win.performance.now() - start;
    const addedWidgets = deepElements(more).filter(isWidget);
    expect(addedWidgets.filter((widget) => !hasRendered(widget)).length).to.equal(0);

    console.log(
      `[load] ${engine}: 500 widgets (${probe.widgets} with nested ones) rendered ${probe.at.toFixed(0)} ms after navigation start, ` +
        `${(probe.at - bundle.responseEnd).toFixed(0)} ms after the bundle arrived; ` +
        `500 more (${addedWidgets.length} with nested) added to the loaded page rendered in ${added.toFixed(0)} ms`,
    );
  });
});
