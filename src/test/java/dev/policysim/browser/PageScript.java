package dev.policysim.browser;

/**
 * The script the page runs for each case: {@code fetch} or {@code XMLHttpRequest} with the case's
 * arguments; it reports the status, the readable headers, or the error.
 */
final class PageScript {

	static final String SOURCE = """
			const done = arguments[arguments.length - 1];
			const spec = arguments[0];
			if (spec.initiator === 'xhr') {
			  const xhr = new XMLHttpRequest();
			  try {
			    xhr.open(spec.method, spec.url);
			  } catch (e) {
			    done({ ok: false, error: e.name + ': ' + e.message });
			    return;
			  }
			  xhr.withCredentials = spec.credentials === 'include';
			  for (const [name, value] of spec.headers) {
			    xhr.setRequestHeader(name, value);
			  }
			  xhr.onload = () => done({ ok: true, status: xhr.status, headers: xhr.getAllResponseHeaders()
			    .split('\\r\\n').filter((line) => line.length > 0)
			    .map((line) => [line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2)]) });
			  xhr.onerror = () => done({ ok: false, error: 'error event' });
			  xhr.send(spec.body === '' ? null : spec.body);
			  return;
			}
			const init = { method: spec.method, headers: spec.headers, credentials: spec.credentials, mode: spec.mode };
			if (spec.body !== '') {
			  init.body = spec.body;
			}
			fetch(spec.url, init).then(
			  (response) => response.text().then(() => done({ ok: true, status: response.status, headers: [...response.headers] })),
			  (error) => done({ ok: false, error: String(error) }));
			""";

	private PageScript() {
	}

}
