// The XML editor: CodeMirror 5 over the page's <textarea>, so the page still works (a plain text
// area and a save button) without JavaScript. As the user types, the server's policy reader checks
// the document (debounced by the lint add-on) and its errors are marked in the gutter at their line.
(function () {
	var area = document.getElementById('source');
	if (!area || typeof CodeMirror === 'undefined') {
		return;
	}
	var checkUrl = area.getAttribute('data-check-url');
	var path = area.getAttribute('data-path');
	var readOnly = area.hasAttribute('readonly');
	var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
	var live = document.getElementById('live-problems');

	function showLive(problems) {
		if (!live) {
			return;
		}
		live.textContent = '';
		live.setAttribute('data-count', String(problems.length));
		problems.forEach(function (problem) {
			var item = document.createElement('li');
			item.className = problem.severity;
			item.setAttribute('data-line', String(problem.line));
			// textContent, never innerHTML: messages quote the user's XML
			item.textContent = 'Line ' + problem.line + ', column ' + problem.column + ': ' + problem.message;
			live.appendChild(item);
		});
	}

	function check(text, updateLinting) {
		var headers = { 'Content-Type': 'application/json' };
		var token = window.policysimCsrfToken && window.policysimCsrfToken();
		if (token) {
			headers['X-XSRF-TOKEN'] = token;
		}
		fetch(checkUrl, { method: 'POST', headers: headers, body: JSON.stringify({ path: path, content: text }) })
			.then(function (response) { return response.ok ? response.json() : { problems: [] }; })
			.then(function (result) {
				showLive(result.problems);
				updateLinting(result.problems.map(function (problem) {
					return {
						from: CodeMirror.Pos(problem.line - 1, problem.column - 1),
						to: CodeMirror.Pos(problem.line - 1, problem.column),
						message: problem.message,
						severity: problem.severity
					};
				}));
			})
			.catch(function () { updateLinting([]); });
	}

	var options = {
		mode: area.getAttribute('data-mode') || 'xml',
		lineNumbers: true,
		lineWrapping: false,
		readOnly: readOnly,
		indentWithTabs: true,
		tabSize: 4,
		indentUnit: 4,
		theme: dark ? 'material-darker' : 'default',
		gutters: ['CodeMirror-lint-markers', 'CodeMirror-linenumbers']
	};
	if (checkUrl && !readOnly) {
		options.lint = { getAnnotations: check, async: true, delay: 400 };
	}
	if (!readOnly && area.form) {
		// Ctrl+S / Cmd+S saves, as in every other editor; the browser's "save page" is not wanted here
		var save = function () {
			area.form.requestSubmit();
		};
		options.extraKeys = { 'Ctrl-S': save, 'Cmd-S': save };
	}
	var editor = CodeMirror.fromTextArea(area, options);
	window.policysimEditor = editor;

	// Warn before leaving with unsaved changes; saving itself is not leaving.
	var saved = editor.getValue();
	var submitting = false;
	if (area.form) {
		area.form.addEventListener('submit', function () { submitting = true; });
	}
	window.addEventListener('beforeunload', function (event) {
		if (!readOnly && !submitting && editor.getValue() !== saved) {
			event.preventDefault();
			event.returnValue = '';
		}
	});

	var line = parseInt(area.getAttribute('data-line') || '0', 10);
	if (line > 0) {
		editor.addLineClass(line - 1, 'background', 'CodeMirror-target-line');
		editor.setCursor({ line: line - 1, ch: 0 });
		editor.scrollIntoView({ line: line - 1, ch: 0 }, 120);
		editor.focus();
	}
	// Clicking a problem in the list jumps to its line.
	document.addEventListener('click', function (event) {
		var item = event.target.closest && event.target.closest('[data-line]');
		if (item && item.parentElement && item.parentElement.classList.contains('problems')) {
			var target = parseInt(item.getAttribute('data-line'), 10) - 1;
			editor.setCursor({ line: target, ch: 0 });
			editor.scrollIntoView({ line: target, ch: 0 }, 120);
			editor.focus();
		}
	});
})();
