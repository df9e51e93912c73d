// Sends the CSRF token (kept in the XSRF-TOKEN cookie, not in a server session) with every htmx request.
(function () {
	function csrfToken() {
		var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? decodeURIComponent(match[1]) : null;
	}
	window.policysimCsrfToken = csrfToken;
	document.addEventListener('htmx:configRequest', function (event) {
		var token = csrfToken();
		if (token) {
			event.detail.headers['X-XSRF-TOKEN'] = token;
		}
	});
	// Copy buttons for share links.
	document.addEventListener('click', function (event) {
		var target = event.target;
		if (target && target.matches && target.matches('[data-copy]')) {
			var input = document.getElementById(target.getAttribute('data-copy'));
			if (input && navigator.clipboard) {
				navigator.clipboard.writeText(input.value);
				target.textContent = 'Copied';
			}
		}
	});
})();
