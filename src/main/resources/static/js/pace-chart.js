// Monthly cumulative charts (actual, expected, last year) drawn with ECharts from /dashboard/chart:
// every element with data-pace-chart, for the item in its data-item, or the one chosen in the select
// its data-select names. Charts arriving in htmx fragments are drawn when they settle. No inline
// script: the CSP forbids it.
(function () {
    'use strict';

    function seriesLine(name, data, dashed) {
        return { name: name, type: 'line', data: data, connectNulls: false,
                 lineStyle: dashed ? { type: 'dashed' } : {} };
    }

    function draw(chart, box, data) {
        chart.setOption({
            title: { text: data.name + '（' + data.year + '）', left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0 },
            grid: { left: 60, right: 30, top: 50, bottom: 50 },
            xAxis: { type: 'category', data: data.months },
            yAxis: { type: 'value', name: data.unit },
            series: [
                seriesLine(box.dataset.actual, data.actual, false),
                seriesLine(box.dataset.expected, data.expected, true),
                seriesLine(box.dataset.lastYear, data.lastYear, true)
            ]
        }, true);
        box.dataset.rendered = String(data.itemYearId);
    }

    function load(chart, box, itemYearId) {
        var url = box.dataset.url + (box.dataset.url.indexOf('?') < 0 ? '?' : '&') + 'item=' + encodeURIComponent(itemYearId);
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) { throw new Error(response.status); }
                return response.json();
            })
            .then(function (data) { draw(chart, box, data); })
            .catch(function () { box.dataset.rendered = 'error'; });
    }

    function start(box) {
        if (box.dataset.started || typeof echarts === 'undefined') {
            return;
        }
        box.dataset.started = 'true';
        var chart = echarts.init(box, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        var select = box.dataset.select ? document.getElementById(box.dataset.select) : null;
        if (select) {
            select.addEventListener('change', function () { load(chart, box, select.value); });
        }
        var item = select ? select.value : box.dataset.item;
        if (item) {
            load(chart, box, item);
        }
    }

    function startAll() {
        document.querySelectorAll('[data-pace-chart]').forEach(start);
    }

    document.addEventListener('DOMContentLoaded', startAll);
    document.addEventListener('htmx:afterSettle', startAll);
}());
