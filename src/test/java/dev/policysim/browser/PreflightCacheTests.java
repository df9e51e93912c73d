package dev.policysim.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PreflightCacheTests {

	private static final Origin PAGE = Origin.parse("https://portal.contoso.com");

	private static final WebUrl URL = WebUrl.parse("https://contoso.azure-api.net/orders/1");

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private static final RequestMethod PUT = new RequestMethod("PUT");

	private final PreflightCache cache = new PreflightCache();

	@ParameterizedTest(name = "max-age {0}: cached at +{1}s = {2}")
	@CsvSource({ "'', 4, true", "'', 5, false", "10, 9, true", "10, 10, false", "0, 0, false", "-1, 0, false",
			"ten, 4, true", "86400, 7199, true", "86400, 7200, false" })
	void keepsAResultForItsMaxAgeOnTheCallersClock(String maxAge, long seconds, boolean cached) {
		Optional<String> header = maxAge.isEmpty() ? Optional.empty() : Optional.of(maxAge);
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of(), false, PreflightResult.parseMaxAge(header)), T0);
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of(), T0.plusSeconds(seconds))).isEqualTo(cached);
	}

	@Test
	void keysEntriesByPageOriginAndUrl() {
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of(), false, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(Origin.parse("https://other.contoso.com"), URL, false, PUT, List.of(), T0)).isFalse();
		assertThat(this.cache.covers(PAGE, WebUrl.parse("https://contoso.azure-api.net/orders/2"), false, PUT, List.of(),
				T0)).isFalse();
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of(), T0)).isTrue();
	}

	@Test
	void servesRequestsWithoutCredentialsFromAnEntryMadeWithThemButNotTheReverse() {
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of(), false, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(PAGE, URL, true, PUT, List.of(), T0)).isFalse();
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of(), true, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of(), T0)).isTrue();
	}

	@Test
	void neverLetsAWildcardCoverAuthorizationFromTheCache() {
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of("*"), false, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of("x-custom"), T0)).isTrue();
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of("authorization"), T0)).isFalse();
	}

	@Test
	void dropsAnEntryThatDoesNotCoverARequest() {
		this.cache.store(PAGE, URL, result(Set.of("PUT"), Set.of("x-a"), false, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of("x-b"), T0)).isFalse();
		assertThat(this.cache.covers(PAGE, URL, false, PUT, List.of("x-a"), T0)).isFalse();
	}

	@Test
	void doesNotCacheVeryLongUrls() {
		WebUrl longUrl = WebUrl.parse("https://contoso.azure-api.net/" + "a".repeat(1024));
		this.cache.store(PAGE, longUrl, result(Set.of("PUT"), Set.of(), false, Duration.ofMinutes(1)), T0);
		assertThat(this.cache.covers(PAGE, longUrl, false, PUT, List.of(), T0)).isFalse();
	}

	@Test
	void capsMaxAgeAtTwoHours() {
		assertThat(PreflightResult.parseMaxAge(Optional.of("999999999999"))).isEqualTo(Duration.ofHours(2));
		assertThat(PreflightResult.parseMaxAge(Optional.of("99999999999999999999999"))).isEqualTo(Duration.ofSeconds(5));
	}

	private static PreflightResult result(Set<String> methods, Set<String> headers, boolean credentials,
			Duration maxAge) {
		return new PreflightResult(methods, headers, credentials, maxAge);
	}

}
