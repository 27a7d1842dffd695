// The campaign page's chart of deliveries per desa (ECharts, served from this origin as a WebJar).
// The data comes in the element's data-chart attribute as JSON: {desa: [...], series: {OUTCOME: [...]}}.
(function () {
  var element = document.getElementById('delivery-chart');
  if (!element || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var labels = JSON.parse(element.getAttribute('data-labels'));
  var colours = { DELIVERED: '#2e7d32', NOT_FOUND: '#f9a825', MOVED: '#1565c0', DECEASED: '#616161', PENDING: '#cfd8dc' };
  var series = Object.keys(data.series).map(function (outcome) {
    return { name: labels[outcome] || outcome, type: 'bar', stack: 'letters', data: data.series[outcome],
             itemStyle: { color: colours[outcome] } };
  });
  // Canvas, not SVG: zrender's SVG painter writes style attributes, which the strict CSP refuses; the canvas
  // painter styles its elements through the CSSOM, which CSP allows.
  var chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: data.desa, axisLabel: { interval: 0, rotate: data.desa.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
