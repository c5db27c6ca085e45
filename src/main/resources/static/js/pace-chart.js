// The dashboard's monthly cumulative chart: actual, expected and last year of the chosen item,
// drawn with ECharts from /dashboard/chart (no inline script: the CSP forbids it).
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

    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('pace-chart');
        var select = document.getElementById('chart-item');
        if (!box || !select || typeof echarts === 'undefined') {
            return;
        }
        var chart = echarts.init(box, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        select.addEventListener('change', function () { load(chart, box, select.value); });
        if (select.value) {
            load(chart, box, select.value);
        }
    });
}());
