package dev.policysim.browser;

import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AllowOriginCheckTests {

	private static final String ORIGIN = "https://portal.contoso.com";

	@ParameterizedTest(name = "''{0}'' -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			https://portal.contoso.com/  | AllowOriginMismatch
			https://PORTAL.contoso.com   | AllowOriginMismatch
			https://portal.contoso.com:443 | AllowOriginMismatch
			null                         | AllowOriginMismatch
			*.contoso.com                | InvalidAllowOriginValue
			portal.contoso.com           | InvalidAllowOriginValue
			'https://a.example, *'       | MultipleAllowOriginValues
			'* null'                     | MultipleAllowOriginValues
			https://                     | InvalidAllowOriginValue
			""")
	void reportsWhyAnOriginValueDoesNotMatch(String value, String error) {
		Optional<CorsFailure> failure = AllowOriginCheck.check(HttpHeaders.of("Access-Control-Allow-Origin", value),
				ORIGIN, false);
		assertThat(failure).hasValueSatisfying((found) -> {
			assertThat(found.error().chromiumName()).isEqualTo(error);
			assertThat(found.failedParameter()).isEqualTo(value);
		});
	}

	@Test
	void passesTheExactOriginAndTheWildcardWithoutCredentials() {
		assertThat(AllowOriginCheck.check(HttpHeaders.of("Access-Control-Allow-Origin", ORIGIN), ORIGIN, false)).isEmpty();
		assertThat(AllowOriginCheck.check(HttpHeaders.of("Access-Control-Allow-Origin", "*"), ORIGIN, false)).isEmpty();
	}

	@Test
	void reportsWildcardOriginWhenCredentialsAreIncludedWithoutLookingAtAllowCredentials() {
		HttpHeaders headers = HttpHeaders.of("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials",
				"true");
		assertThat(AllowOriginCheck.check(headers, ORIGIN, true))
			.hasValue(CorsFailure.of(CorsError.WILDCARD_ORIGIN_NOT_ALLOWED, ""));
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource({ "TRUE", "True", "1", "'\"true\"'" })
	void requiresAllowCredentialsExactlyTrue(String value) {
		HttpHeaders headers = HttpHeaders.of("Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Credentials",
				value);
		assertThat(AllowOriginCheck.check(headers, ORIGIN, true))
			.hasValue(CorsFailure.of(CorsError.INVALID_ALLOW_CREDENTIALS, value));
	}

	@Test
	void joinsTwoHeaderLinesIntoMultipleValues() {
		HttpHeaders headers = HttpHeaders.of("Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Origin", ORIGIN);
		assertThat(AllowOriginCheck.check(headers, ORIGIN, false))
			.hasValue(CorsFailure.of(CorsError.MULTIPLE_ALLOW_ORIGIN_VALUES, ORIGIN + ", " + ORIGIN));
	}

	@Test
	void matchesNullAfterATaintingRedirect() {
		assertThat(AllowOriginCheck.check(HttpHeaders.of("Access-Control-Allow-Origin", "null"), Origin.OPAQUE, true)
			.map(CorsFailure::error)).hasValue(CorsError.INVALID_ALLOW_CREDENTIALS);
		assertThat(AllowOriginCheck.check(HttpHeaders.of("Access-Control-Allow-Origin", "null"), Origin.OPAQUE, false))
			.isEmpty();
	}

}
