// The data-centre dashboard's charts (ECharts, served from this origin as a WebJar): records per stage, per region
// (stacked by stage) and per hour. The figures come in #stage-chart's data-chart attribute as JSON, the labels in
// data-labels, so the page carries no inline script (the CSP forbids it).
(function () {
  var holder = document.getElementById('stage-chart');
  if (!holder || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(holder.getAttribute('data-chart'));
  var labels = JSON.parse(holder.getAttribute('data-labels'));
  var stages = Object.keys(data.stages);
  // Canvas, not SVG: zrender's SVG painter writes style attributes, which the strict CSP refuses.
  function chart(id, option) {
    var c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    option.animation = false;
    option.grid = { left: 8, right: 8, bottom: 8, top: 36, containLabel: true };
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }
  chart('stage-chart', {
    xAxis: { type: 'category', data: stages.map(function (s) { return labels[s] || s; }), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: stages.map(function (s) { return data.stages[s]; }) }]
  });
  chart('region-chart', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.regions },
    yAxis: { type: 'value', minInterval: 1 },
    series: Object.keys(data.perRegion).map(function (s) {
      return { name: labels[s] || s, type: 'bar', stack: 'records', data: data.perRegion[s] };
    })
  });
  chart('hour-chart', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.hours },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: labels.received, type: 'line', data: data.received }, { name: labels.finished, type: 'line', data: data.finished }]
  });
})();
