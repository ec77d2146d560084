import { DRAFT_STORAGE_KEY } from "./draft-storage-key";

/**
 * The only JavaScript of the checkout page (~0.6 KB, inline): remembers typed address fields in
 * localStorage so a reload or a dropped connection loses nothing, and recalculates shipping as soon as the
 * province or a carrier changes. Without JavaScript the page works the same through its buttons.
 */
export const CHECKOUT_DRAFT_SCRIPT = `(function(){var f=document.getElementById("checkout-form");if(!f)return;var K=${JSON.stringify(
  DRAFT_STORAGE_KEY,
)},N=["recipientName","phone","provinceCode","ward","street"];try{var d=JSON.parse(localStorage.getItem(K)||"{}");N.forEach(function(n){var e=f.elements[n];if(e&&!e.value&&typeof d[n]==="string")e.value=d[n]})}catch(e){}f.addEventListener("input",function(){var d={};N.forEach(function(n){var e=f.elements[n];if(e)d[n]=e.value});try{localStorage.setItem(K,JSON.stringify(d))}catch(e){}});f.addEventListener("change",function(ev){var n=ev.target&&ev.target.name||"";if((n==="provinceCode"&&ev.target.value)||n.indexOf("carrier:")===0){var b=document.getElementById("requote");if(b)b.click()}});f.addEventListener("submit",function(ev){var s=ev.submitter;if(s&&s.value==="place"){if(f.dataset.sent){ev.preventDefault();return}f.dataset.sent="1"}})})();`;

/** On the confirmation page: the order is placed, so the typed address is no longer kept on the device. */
export const CLEAR_DRAFT_SCRIPT = `try{localStorage.removeItem(${JSON.stringify(DRAFT_STORAGE_KEY)})}catch(e){}`;
