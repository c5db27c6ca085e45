// One step of the keyboard walk, run after each Tab: where focus went, whether that is later in the
// document than the last stop, and whether the focused element shows a focus indicator.
// Returns "end" when focus left the page or came round again, else "" or a problem found.
const walk = window.bansouFocusWalk;
const e = document.activeElement;
if (!e || e === document.body || e === walk.start) {
    return 'end';
}
const last = walk.seen[walk.seen.length - 1];
if (e === last) {
    return '';  // a date or month input moves between its own parts first
}
if (walk.seen.includes(e)) {
    return 'end';
}
walk.seen.push(e);
const problems = [];
if (last && !(last.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)) {
    problems.push('focus jumps back from ' + walk.describe(last) + ' to ' + walk.describe(e));
}
const style = getComputedStyle(e);
const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
if (!outline && style.boxShadow === 'none') {
    problems.push('no visible focus style on ' + walk.describe(e));
}
return problems.join('\n');
