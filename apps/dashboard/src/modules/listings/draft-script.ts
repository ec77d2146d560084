/** Where the typed listing form is kept on the device, per listing ("new" for a listing not saved yet). */
export function listingDraftKey(productId: string | null): string {
  return `cho-phien:listing-draft:${productId ?? "new"}`;
}

/**
 * The listing form's only script (inline, ~0.7 KB): keeps what the farmer types in localStorage and puts it
 * back after a reload or a lost connection — only onto the same version of the listing, so it never undoes
 * a save made since. `clearKeys` are forgotten (the page after a successful save). Without JavaScript the
 * form works the same; only this safety net is missing.
 */
export function listingDraftScript(opts: {
  formId: string;
  key: string;
  version: string;
  clearKeys: string[];
}) {
  const cfg = JSON.stringify(opts).replace(/</g, "\\u003c");
  return `(function(){var c=${cfg};try{c.clearKeys.forEach(function(k){localStorage.removeItem(k)})}catch(e){}var f=document.getElementById(c.formId);if(!f)return;function all(){return Array.prototype.filter.call(f.elements,function(e){return e.name&&e.type!=="hidden"&&e.type!=="submit"})}try{var s=JSON.parse(localStorage.getItem(c.key)||"null");if(s&&s.v===c.version&&s.d){var changed=false;all().forEach(function(e){if(!(e.name in s.d))return;var v=s.d[e.name];if(e.type==="checkbox"){if(e.checked!==(v==="on")){e.checked=v==="on";changed=true}}else if(e.value!==v){e.value=v;changed=true}});var n=document.getElementById(c.formId+"-restored");if(changed&&n)n.hidden=false}}catch(e){}function save(){var d={};all().forEach(function(e){d[e.name]=e.type==="checkbox"?(e.checked?"on":""):e.value});try{localStorage.setItem(c.key,JSON.stringify({v:c.version,d:d}))}catch(e){}}f.addEventListener("input",save);f.addEventListener("change",save)})();`;
}
