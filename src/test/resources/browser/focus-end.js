// Ends the keyboard walk: what should have been reached by Tab and was not.
const walk = window.bansouFocusWalk;
walk.start.remove();
return walk.reachable
    .filter(e => !walk.seen.includes(e) && e.type !== 'radio')
    .map(e => 'not reachable by Tab: ' + walk.describe(e));
