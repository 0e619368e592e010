/**
 * The HTML report's only script: filter, search and sort over the rendered table. It reads the DOM and never
 * writes markup (textContent and classes only), so page-derived text cannot become code through it.
 */
export const REPORT_SCRIPT =
  `(function(){
document.querySelectorAll('.controls').forEach(function(box){
  var table=document.getElementById(box.getAttribute('data-for'));
  var rows=[].slice.call(table.tBodies[0].rows);
  var shown=box.querySelector('.shown');
  function apply(){
    var query=box.querySelector('[data-filter=text]').value.trim().toLowerCase();
    var filters=[].slice.call(box.querySelectorAll('select')).map(function(s){return ` +
  `[s.getAttribute('data-filter'),s.value];});
    var count=0;
    rows.forEach(function(row){
      var ok=filters.every(function(f){return !f[1]||row.getAttribute('data-'+f[0])===f[1];})
        &&(!query||row.textContent.toLowerCase().indexOf(query)>=0);
      row.hidden=!ok; if(ok)count++;
    });
    shown.textContent='显示 '+count+' / '+rows.length+' 条';
  }
  box.addEventListener('input',apply);box.addEventListener('change',apply);
});
document.querySelectorAll('th[data-sort]').forEach(function(th){
  th.addEventListener('click',function(){
    var table=th.closest('table'),body=table.tBodies[0],col=th.cellIndex;
    var asc=!th.classList.contains('sorted-asc');
    table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});
    th.classList.add(asc?'sorted-asc':'sorted-desc');
    function key(row){var c=row.cells[col];var r=c.getAttribute('data-rank');var ` +
  `t=r!==null?r:c.textContent.trim();return t!==''&&!isNaN(t)?Number(t):t;}
    [].slice.call(body.rows).sort(function(a,b){
      var x=key(a),y=key(b);var d=typeof x==='number'&&typeof y==='number'?x-y:String(x).localeCompare(String(y),'zh');
      return asc?d:-d;
    }).forEach(function(row){body.appendChild(row);});
  });
});
})();`;
