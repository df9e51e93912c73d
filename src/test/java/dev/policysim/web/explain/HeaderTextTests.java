package dev.policysim.web.explain;

import java.util.Optional;
import java.util.stream.Stream;

import dev.policysim.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeaderTextTests {

	static Stream<Arguments> pastes() {
		return Stream.of(Arguments.of("", Optional.empty(), HttpHeaders.EMPTY),
				Arguments.of("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 55\r\n\r\nContent-Length: 0", Optional.of(429),
						HttpHeaders.of("Retry-After", "55", "Content-Length", "0")),
				Arguments.of("HTTP/2 204\naccess-control-allow-origin: https://portal.contoso.com", Optional.of(204),
						HttpHeaders.of("access-control-allow-origin", "https://portal.contoso.com")),
				Arguments.of(":status: 200\ncontent-type: application/json", Optional.of(200),
						HttpHeaders.of("content-type", "application/json")),
				Arguments.of(":authority: contoso.azure-api.net\n:method: GET\n:path: /orders/42\n:scheme: https\n"
						+ "origin: https://portal.contoso.com", Optional.empty(), HttpHeaders.of("origin", "https://portal.contoso.com")),
				Arguments.of("GET /orders/42 HTTP/1.1\nHost: contoso.azure-api.net\n  Referer:   https://portal.contoso.com/a:b  ",
						Optional.empty(), HttpHeaders.of("Host", "contoso.azure-api.net", "Referer", "https://portal.contoso.com/a:b")),
				Arguments.of("Vary: Origin\nVary: Accept\nX-Empty:", Optional.empty(),
						HttpHeaders.of("Vary", "Origin", "Vary", "Accept", "X-Empty", "")));
	}

	@ParameterizedTest
	@MethodSource("pastes")
	void readsWhatDevToolsShowsRaw(String text, Optional<Integer> status, HttpHeaders headers) {
		HeaderText parsed = HeaderText.parse(text);

		assertThat(parsed.status()).isEqualTo(status);
		assertThat(parsed.headers()).isEqualTo(headers);
	}

	static Stream<Arguments> garbage() {
		return Stream.of(Arguments.of("Vary: Origin\nthis is not a header", "line 2 is not a header: 'this is not a header'"),
				Arguments.of("<html><body>oops</body></html>", "line 1 is not a header"),
				Arguments.of("Bad Name: x", "line 1 is not a header: 'Bad Name: x'"),
				Arguments.of(": value", "line 1 is not a header"),
				Arguments.of("Vary: Origin\nHTTP/1.1 200 OK", "line 2 is not a header"),
				Arguments.of(":status: OK", "line 1: ':status' must be three digits, was 'OK'"),
				Arguments.of("a: b\n".repeat(HeaderText.MAX_LINES + 1), "at most 500 lines"));
	}

	@ParameterizedTest
	@MethodSource("garbage")
	void namesTheFirstLineThatIsNotAHeader(String text, String message) {
		assertThatExceptionOfType(HeaderTextException.class).isThrownBy(() -> HeaderText.parse(text))
			.withMessageContaining(message);
	}

	@Test
	void shortensALongBadLineInTheMessage() {
		assertThatExceptionOfType(HeaderTextException.class).isThrownBy(() -> HeaderText.parse("x".repeat(500)))
			.withMessageContaining("x".repeat(60) + "…'")
			.withMessageNotContaining("x".repeat(61));
	}

}
