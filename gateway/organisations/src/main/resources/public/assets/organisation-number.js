// Tells a person at once whether the organisation number they type can be one: 9 digits whose last is the MOD11
// check digit over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2 (a remainder of 1 is never issued).
// The form works without it; the server checks again.
(function () {
  'use strict';
  var WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

  function isOrganisationNumber(value) {
    if (!/^\d{9}$/.test(value)) {
      return false;
    }
    var sum = 0;
    for (var i = 0; i < WEIGHTS.length; i++) {
      sum += Number(value.charAt(i)) * WEIGHTS[i];
    }
    var remainder = sum % 11;
    if (remainder === 1) {
      return false;
    }
    return (remainder === 0 ? 0 : 11 - remainder) === Number(value.charAt(8));
  }

  function watch(input) {
    var live = document.getElementById(input.id + '-live');
    if (!live) {
      return;
    }
    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + live.id).trim());

    function tell(message, valid) {
      live.textContent = message;
      live.className = message ? 'ds-validation-message' : '';
      live.setAttribute('data-color', valid ? 'success' : 'danger');
      if (valid || !message) {
        input.removeAttribute('aria-invalid');
      } else {
        input.setAttribute('aria-invalid', 'true');
      }
    }

    function check(finished) {
      var value = input.value.replace(/\s/g, '');
      if (value === '' || (!finished && value.length < 9 && /^\d*$/.test(value))) {
        tell('', true);
      } else if (isOrganisationNumber(value)) {
        tell(input.getAttribute('data-valid-message'), true);
      } else {
        tell(input.getAttribute('data-invalid-message'), false);
      }
    }

    input.addEventListener('input', function () { check(false); });
    input.addEventListener('blur', function () { check(true); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-organisation-number]'), watch);
}());
