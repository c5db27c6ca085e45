// Starts the keyboard walk above the first element of the page. Lists, in document order, what a
// keyboard user must be able to reach (enabled, rendered, not taken out of the tab order), then
// follows each focus the Tab presses bring: later in the document than the last one, with a visible
// focus indicator. Returns how many Tab presses reach the end of the page.
const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')
    + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
    + ' "' + (e.innerText || e.value || '').trim().substring(0, 30) + '"';
const inClosedDetails = e => {
    const details = e.closest('details:not([open])');
    return details !== null && !(e.tagName === 'SUMMARY' && e.parentElement === details);
};
const rendered = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !inClosedDetails(e);
const groups = new Set();
const reachable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, iframe, [tabindex]')]
    .filter(e => e.tabIndex >= 0 && !e.matches(':disabled') && e.type !== 'hidden' && !e.closest('[inert]') && rendered(e))
    .filter(e => {
        // a radio group is one tab stop
        if (e.type !== 'radio' || !e.name) return true;
        const first = !groups.has(e.name);
        groups.add(e.name);
        return first;
    });
const walk = {seen: [], problems: [], reachable: reachable, describe: describe, ended: false};
walk.listener = event => {
    const e = event.target;
    if (walk.ended || e === walk.start) {
        return;
    }
    if (walk.seen.includes(e)) {
        walk.ended = true;  // round again
        return;
    }
    const last = walk.seen[walk.seen.length - 1];
    walk.seen.push(e);
    if (last && !(last.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        walk.problems.push('focus jumps back from ' + describe(last) + ' to ' + describe(e));
    }
    const style = getComputedStyle(e);
    if (!(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) && style.boxShadow === 'none') {
        walk.problems.push('no visible focus style on ' + describe(e));
    }
};
document.addEventListener('focusin', walk.listener, true);
walk.start = document.createElement('span');
walk.start.tabIndex = -1;
document.body.prepend(walk.start);
walk.start.focus();
window.bansouFocusWalk = walk;
// date and month inputs take a Tab for each of their parts
const parts = reachable.map(e => e.type === 'date' ? 3 : e.type === 'month' ? 2 : e.type === 'datetime-local' ? 5 : 1);
return parts.reduce((a, b) => a + b, 0) + 3;
