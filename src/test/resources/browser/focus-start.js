// Starts the keyboard walk above the first element of the page and lists, in document order, what
// a keyboard user must be able to reach: enabled, rendered, not taken out of the tab order.
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
const start = document.createElement('span');
start.tabIndex = -1;
document.body.prepend(start);
start.focus();
window.bansouFocusWalk = {start: start, seen: [], reachable: reachable, describe: describe};
return reachable.length;
