/**
 * The dashboard's only script (allowed by hash in the CSP). It writes text and attributes, never markup, so
 * page-derived strings in the progress feed cannot become code.
 * - keeps the start-up token (from ?token=…) in sessionStorage and fills the re-crawl forms with it;
 * - language switch (a cookie the server reads); filter selects submit on change;
 * - polls /api/progress and reloads once a crawl this page was watching has finished.
 */
export const DASHBOARD_SCRIPT =
  `(function(){
var params=new URLSearchParams(location.search);
var token=params.get('token');
if(token){sessionStorage.setItem('govcheck-token',token);params.delete('token');
  history.replaceState(null,'',location.pathname+(params.toString()?'?'+params:'')+location.hash);}
token=sessionStorage.getItem('govcheck-token');
document.querySelectorAll('input.token').forEach(function(input){if(token){input.value=token;input.hidden=true;}});
document.querySelectorAll('[data-lang]').forEach(function(b){b.addEventListener('click',function(){
  document.cookie='lang='+b.getAttribute('data-lang')+';path=/;SameSite=Strict';location.reload();});});
document.querySelectorAll('select[data-autosubmit]').forEach(function(s){s.addEventListener('change',` +
  `function(){s.form.submit();});});
var list=document.getElementById('progress-list');var watching=false;
function item(text,cls){var li=document.createElement('li');li.textContent=text;if(cls)li.className=cls;return li;}
function poll(){fetch('/api/progress').then(function(r){return r.json();}).then(function(p){
  var d=list.dataset,items=[];
  p.queue.forEach(function(q){if(q.state==='queued')items.push(item(q.site+' · '+d.queued,'queued'));});
  p.runs.forEach(function(r){items.push(item(r.site+' · '+d.running+' · '+d.done+' '+r.pagesDone+' · '+d.waiting+'` +
  ` '+r.pagesQueued+' · '+d.findings+' '+r.findings,'running'));});
  if(!items.length)items.push(item(d.idle,'muted'));
  list.replaceChildren.apply(list,items);
  var busy=p.queue.length>0;
  if(watching&&!busy)location.reload();
  watching=busy;
  setTimeout(poll,busy?1000:5000);
}).catch(function(){setTimeout(poll,5000);});}
poll();
})();`;
