/**
 * The embeddable widget: one script tag on the employer's own careers site,
 *   <script src="https://embassy.example/careers/acme/widget.js" data-lang="nl" data-limit="5" async></script>
 * which puts an iframe of /careers/acme/embed where the tag stands and keeps its height fitted.
 * Or embed the iframe directly.
 */
export function widgetScript(baseUrl: string, slug: string): string {
  const origin = JSON.stringify(baseUrl);
  const path = JSON.stringify(`/careers/${slug}/embed`);
  return `(function(){
  var s=document.currentScript; if(!s) return;
  var lang=s.getAttribute('data-lang')||'', limit=s.getAttribute('data-limit')||'5';
  var f=document.createElement('iframe');
  f.src=${origin}+${path}+'?limit='+encodeURIComponent(limit)+(lang?'&lang='+encodeURIComponent(lang):'');
  f.title=s.getAttribute('data-title')||'Stories';
  f.loading='lazy'; f.style.cssText='width:100%;border:0;min-height:200px';
  s.parentNode.insertBefore(f,s);
  window.addEventListener('message',function(e){
    if(e.origin!==${origin}||e.source!==f.contentWindow||!e.data||e.data.type!=='embassy-height') return;
    f.style.height=Math.min(5000,Number(e.data.height)||200)+'px';
  });
})();`;
}

/** Runs inside the embed page: tells the framing page its height. */
export const EMBED_RESIZE_SCRIPT = `(function(){
  function send(){ parent.postMessage({type:'embassy-height',height:document.documentElement.scrollHeight},'*'); }
  addEventListener('load',send); if(window.ResizeObserver) new ResizeObserver(send).observe(document.body);
})();`;
