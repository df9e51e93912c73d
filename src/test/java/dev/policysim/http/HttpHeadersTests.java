package dev.policysim.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HttpHeadersTests {

	private final HttpHeaders headers = HttpHeaders.of("Access-Control-Allow-Origin", "https://a.example", "Vary",
			"Origin", "access-control-allow-origin", "*");

	@Test
	void findsNamesIgnoringCase() {
		assertThat(this.headers.contains("ACCESS-CONTROL-ALLOW-ORIGIN")).isTrue();
		assertThat(this.headers.contains("Access-Control-Allow-Credentials")).isFalse();
	}

	@Test
	void keepsRepeatedLinesInOrder() {
		assertThat(this.headers.all("Access-Control-Allow-Origin")).containsExactly("https://a.example", "*");
	}

	@Test
	void joinsRepeatedLinesWithCommaAndSpaceWhenAskedForOneValue() {
		assertThat(this.headers.get("access-control-allow-origin")).hasValue("https://a.example, *");
		assertThat(this.headers.get("X-Missing")).isEmpty();
	}

	@Test
	void listsDistinctNamesAsFirstWritten() {
		assertThat(this.headers.names()).containsExactly("Access-Control-Allow-Origin", "Vary");
	}

	@Test
	void replacesAndRemovesEveryLineOfAName() {
		HttpHeaders replaced = this.headers.withReplaced("ACCESS-CONTROL-ALLOW-ORIGIN", "null");
		assertThat(replaced.all("Access-Control-Allow-Origin")).containsExactly("null");
		assertThat(this.headers.without("access-control-allow-origin").names()).containsExactly("Vary");
		assertThat(this.headers.all("Access-Control-Allow-Origin")).hasSize(2);
	}

	@Test
	void refusesAnOddNumberOfNamesAndValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> HttpHeaders.of("Vary"));
	}

	@Test
	void treatsOnlyRedirectStatusesWithLocationAsRedirects() {
		HttpHeaders location = HttpHeaders.of("Location", "/next");
		assertThat(new HttpResponse(302, location, "").redirectLocation()).hasValue("/next");
		assertThat(new HttpResponse(308, location, "").redirectLocation()).hasValue("/next");
		assertThat(new HttpResponse(300, location, "").redirectLocation()).isEmpty();
		assertThat(new HttpResponse(304, location, "").redirectLocation()).isEmpty();
		assertThat(new HttpResponse(302, HttpHeaders.EMPTY, "").redirectLocation()).isEmpty();
	}

	@Test
	void refusesAnImpossibleStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HttpResponse(42, HttpHeaders.EMPTY, ""));
	}

}
