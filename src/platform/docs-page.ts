/**
 * A readable page for the API description, built from /api/openapi.json in the browser, with no
 * third-party assets (the product runs offline and on closed networks).
 */
import crypto from 'node:crypto';

export function docsPage(): string {
  return PAGE;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Embassy API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2433;background:#f7f7fb}
main{max-width:960px;margin:auto;padding:24px}
h1{margin:0 0 8px} .op{background:#fff;border:1px solid #dde;border-radius:8px;margin:12px 0;padding:12px 16px}
.m{display:inline-block;min-width:64px;font-weight:700;text-transform:uppercase;font-family:monospace}
.get{color:#0a6}.post{color:#06c}.patch{color:#a60}.put{color:#a60}.delete{color:#c22}
code,pre{font-family:ui-monospace,monospace;font-size:13px} pre{background:#f2f3f8;padding:8px;border-radius:6px;overflow:auto}
details summary{cursor:pointer} h2{margin-top:32px;border-bottom:1px solid #dde}
</style></head>
<body><main><h1>Embassy API</h1><p id="intro"></p><p><a href="/api/openapi.json">openapi.json</a> (OpenAPI 3.1)</p><div id="ops">Loading…</div></main>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const esc=s=>String(s??'').replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  document.getElementById('intro').textContent=doc.info.description||'';
  const byTag={};
  for(const [path,item] of Object.entries(doc.paths)) for(const [m,op] of Object.entries(item)){
    const tag=(op.tags&&op.tags[0])||'Other'; (byTag[tag]??=[]).push({path,m,op});
  }
  let html='';
  for(const [tag,ops] of Object.entries(byTag)){
    html+='<h2>'+esc(tag)+'</h2>';
    for(const {path,m,op} of ops){
      html+='<div class="op"><span class="m '+m+'">'+m+'</span> <code>'+esc(path)+'</code><div>'+esc(op.summary)+'</div>';
      if(op.description) html+='<p>'+esc(op.description)+'</p>';
      const parts=[];
      if(op.parameters) parts.push(['Parameters',op.parameters.map(p=>({name:p.name,in:p.in,required:!!p.required,schema:p.schema,description:p.description}))]);
      if(op.requestBody) parts.push(['Body',op.requestBody.content]);
      parts.push(['Responses',Object.fromEntries(Object.entries(op.responses).map(([k,v])=>[k,v.description]))]);
      for(const [t,v] of parts) html+='<details><summary>'+t+'</summary><pre>'+esc(JSON.stringify(v,null,2))+'</pre></details>';
      html+='</div>';
    }
  }
  html+='<h2>Schemas</h2><pre>'+esc(JSON.stringify((doc.components||{}).schemas,null,2))+'</pre>';
  document.getElementById('ops').innerHTML=html;
});
</script></body></html>`;

/** The page's one inline script, allowed by its hash: nothing else may run there. */
const SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(PAGE)![1];
export const DOCS_CSP = `default-src 'none'; script-src 'sha256-${crypto.createHash('sha256').update(SCRIPT).digest('base64')}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
