import { DRAFT_STORAGE_KEY } from "./draft-storage-key";

/**
 * The only JavaScript of the checkout page (~1 KB, inline): remembers typed address fields in localStorage so
 * a reload or a dropped connection loses nothing; lists the new province's wards (presses "Chọn") as soon as
 * the province changes and recalculates shipping when a carrier changes; shows a search box that narrows the
 * ward list as the buyer types (accents optional: "dong ngu" finds "Xã Đông Ngũ"; the picked ward always
 * stays). Without JavaScript the page works the same through its buttons.
 */
export const CHECKOUT_DRAFT_SCRIPT = `(function(){var f=document.getElementById("checkout-form");if(!f)return;var K=${JSON.stringify(
  DRAFT_STORAGE_KEY,
)},N=["recipientName","phone","provinceCode","wardCode","street"];try{var d=JSON.parse(localStorage.getItem(K)||"{}");N.forEach(function(n){var e=f.elements[n];if(e&&!e.value&&typeof d[n]==="string")e.value=d[n]})}catch(e){}f.addEventListener("input",function(){var d={};N.forEach(function(n){var e=f.elements[n];if(e)d[n]=e.value});try{localStorage.setItem(K,JSON.stringify(d))}catch(e){}});f.addEventListener("change",function(ev){var n=ev.target&&ev.target.name||"",b=n==="provinceCode"&&ev.target.value?"pick-province":n.indexOf("carrier:")===0?"requote":"";if(b&&(b=document.getElementById(b)))b.click()});var q=document.getElementById("ward-filter"),w=f.elements.wardCode;if(q&&w&&!w.disabled){var all=[].slice.call(w.options,1),k=function(s){return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g,"").replace(/\\u0111/g,"d")};q.hidden=false;q.addEventListener("keydown",function(e){if(e.key==="Enter")e.preventDefault()});q.addEventListener("input",function(){var v=k(q.value.trim()),s=w.value;while(w.options.length>1)w.remove(1);all.forEach(function(o){if(!v||o.value===s||k(o.text).indexOf(v)>=0)w.add(o)});w.value=s;if(!s&&w.options.length===2)w.selectedIndex=1})}f.addEventListener("submit",function(ev){var s=ev.submitter;if(s&&s.value==="place"){if(f.dataset.sent){ev.preventDefault();return}f.dataset.sent="1"}})})();`;

/** On the confirmation page: the order is placed, so the typed address is no longer kept on the device. */
export const CLEAR_DRAFT_SCRIPT = `try{localStorage.removeItem(${JSON.stringify(DRAFT_STORAGE_KEY)})}catch(e){}`;
