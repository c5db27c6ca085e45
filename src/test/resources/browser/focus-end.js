// Ends the keyboard walk: what went wrong on the way, and what should have been reached by Tab and was not.
const walk = window.bansouFocusWalk;
document.removeEventListener('focusin', walk.listener, true);
walk.start.remove();
return walk.problems.concat(walk.reachable
    .filter(e => !walk.seen.includes(e) && e.type !== 'radio')
    .map(e => 'not reachable by Tab: ' + walk.describe(e)));
