// Copy buttons: a button with data-copy="<id>" copies the value (or text) of that element to the
// clipboard and says so in the status element next to it. Works on pages swapped in by htmx too,
// because the listener is on the document.
(function () {
  "use strict";

  function say(button, text) {
    var status = button.parentElement && button.parentElement.querySelector(".copy-status");
    if (status) {
      status.textContent = text;
    }
  }

  function fallback(source) {
    source.focus();
    source.select();
    try {
      return document.execCommand("copy");
    } catch (e) {
      return false;
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = "value" in source ? source.value : source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { say(button, "Copied to the clipboard."); },
        function () { say(button, fallback(source) ? "Copied to the clipboard." : "Select the text and copy it with Ctrl+C."); }
      );
    } else {
      say(button, fallback(source) ? "Copied to the clipboard." : "Select the text and copy it with Ctrl+C.");
    }
  });
})();
