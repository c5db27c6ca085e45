// The budget page's monthly spending chart (bars per month, the running total as a line, the year's
// current budget as a dashed line), drawn with ECharts from /budget/chart?fy=…. No inline script:
// the CSP forbids it.
(function () {
    'use strict';

    function draw(box, data) {
        var chart = echarts.init(box, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        chart.setOption({
            title: { text: data.label, left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0 },
            grid: { left: 90, right: 30, top: 50, bottom: 50 },
            xAxis: { type: 'category', data: data.months },
            yAxis: { type: 'value', name: '円' },
            series: [
                { name: box.dataset.spent, type: 'bar', data: data.spent },
                { name: box.dataset.cumulative, type: 'line', data: data.cumulative },
                { name: box.dataset.budget, type: 'line', data: data.months.map(function () { return data.budget; }),
                  lineStyle: { type: 'dashed' }, symbol: 'none' }
            ]
        });
        box.dataset.rendered = String(data.fiscalYear);
    }

    function start(box) {
        if (box.dataset.started || typeof echarts === 'undefined') {
            return;
        }
        box.dataset.started = 'true';
        fetch(box.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) { throw new Error(response.status); }
                return response.json();
            })
            .then(function (data) { draw(box, data); })
            .catch(function () { box.dataset.rendered = 'error'; });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-budget-chart]').forEach(start);
    });
}());
