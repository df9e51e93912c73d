package dev.policysim.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorsErrorTests {

	@ParameterizedTest
	@EnumSource(CorsError.class)
	void prefixesOnlyAccessStatusAndRedirectErrorsOfAPreflight(CorsError error) {
		boolean prefixed = error.consoleBody("x", Initiator.FETCH)
			.startsWith("Response to preflight request doesn't pass access control check: ");
		boolean expected = error.chromiumName().startsWith("Preflight");
		assertThat(prefixed).isEqualTo(expected);
	}

	@Test
	void addsTheValidValueAdviceForFetchOnly() {
		assertThat(CorsError.ALLOW_ORIGIN_MISMATCH.consoleBody("https://a/", Initiator.FETCH))
			.endsWith("not equal to the supplied origin. Have the server send the header with a valid value.");
		assertThat(CorsError.ALLOW_ORIGIN_MISMATCH.consoleBody("https://a/", Initiator.XHR))
			.endsWith("not equal to the supplied origin.");
	}

	@Test
	void addsTheWithCredentialsAdviceForXmlHttpRequestOnly() {
		assertThat(CorsError.INVALID_ALLOW_CREDENTIALS.consoleBody("", Initiator.XHR))
			.endsWith("controlled by the withCredentials attribute.");
		assertThat(CorsError.INVALID_ALLOW_CREDENTIALS.consoleBody("", Initiator.FETCH))
			.endsWith("when the request's credentials mode is 'include'.");
	}

	@Test
	void encodesControlAndNonAsciiCharactersInTheHint() {
		assertThat(CorsError.encodeHint("\u000b*\u00e9")).isEqualTo("\\u000B*\\u00E9");
	}

}
