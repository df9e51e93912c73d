package dev.policysim.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMethodTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "get, GET", "Delete, DELETE", "options, OPTIONS", "post, POST", "put, PUT", "head, HEAD",
			"patch, patch", "Patch, Patch", "PATCH, PATCH", "chicken, chicken" })
	void upperCasesOnlyTheSixMethodsFetchNormalises(String given, String sent) {
		assertThat(RequestMethod.normalize(given).value()).isEqualTo(sent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "GET, true", "HEAD, true", "POST, true", "PUT, false", "DELETE, false", "patch, false" })
	void safelistsGetHeadAndPost(String method, boolean safelisted) {
		assertThat(RequestMethod.normalize(method).isCorsSafelisted()).isEqualTo(safelisted);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "TRACE, true", "track, true", "Connect, true", "GET, false" })
	void forbidsConnectTraceAndTrack(String method, boolean forbidden) {
		assertThat(new RequestMethod(method).isForbidden()).isEqualTo(forbidden);
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource({ "'bad method', false", "'GET', true", "'', false", "'A(B', false" })
	void acceptsOnlyTokens(String method, boolean valid) {
		assertThat(new RequestMethod(method).isValidToken()).isEqualTo(valid);
	}

}
