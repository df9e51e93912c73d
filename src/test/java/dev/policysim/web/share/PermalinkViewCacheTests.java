package dev.policysim.web.share;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.policysim.store.PermalinkExpiredException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Kept views are served until their permalink expires, then 410 as from the store; big ones are not kept. */
class PermalinkViewCacheTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	final AtomicInteger builds = new AtomicInteger();

	@Test
	void buildsAViewOnceAndServesItAfterwards() {
		PermalinkViewCache cache = new PermalinkViewCache(Clock.fixed(NOW, ZoneOffset.UTC));
		PermalinkView view = view(Optional.of(NOW.plusSeconds(60)), "small");

		assertThat(cache.get("a", () -> built(view))).hasValue(view);
		assertThat(cache.get("a", () -> built(view))).hasValue(view);
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void answersExpiredForAKeptViewOnceItsTimeHasPassed() {
		PermalinkView view = view(Optional.of(NOW.plusSeconds(60)), "small");

		assertThatExceptionOfType(PermalinkExpiredException.class)
			.isThrownBy(() -> laterCacheWith(view).get("a", () -> built(view)));
	}

	@Test
	void keepsNoViewWhoseFilesAreLarge() {
		PermalinkViewCache cache = new PermalinkViewCache(Clock.fixed(NOW, ZoneOffset.UTC));
		PermalinkView big = view(Optional.empty(), "x".repeat((int) PermalinkViewCache.MAX_VIEW_BYTES + 1));

		cache.get("a", () -> built(big));
		cache.get("a", () -> built(big));

		assertThat(this.builds).hasValue(2);
	}

	@Test
	void answersEmptyForAnUnknownId() {
		assertThat(new PermalinkViewCache(Clock.systemUTC()).get("a", Optional::empty)).isEmpty();
	}

	private PermalinkViewCache laterCacheWith(PermalinkView view) {
		// kept while live, then read back after its expiry
		MovingClock clock = new MovingClock(NOW);
		PermalinkViewCache cache = new PermalinkViewCache(clock);
		cache.get("a", () -> Optional.of(view));
		clock.now = NOW.plusSeconds(61);
		return cache;
	}

	private Optional<PermalinkView> built(PermalinkView view) {
		this.builds.incrementAndGet();
		return Optional.of(view);
	}

	static PermalinkView view(Optional<Instant> expires, String fileText) {
		return new PermalinkView("a", "scenario", Optional.empty(), NOW, expires, "development", 0, 0, 0, 0, 0, List.of(),
				"apim-2026-11", List.of(), "json", "{}", List.of(new FileView("policy.xml", fileText.length(), Optional.of(fileText))));
	}

	/** A clock a test moves by hand. */
	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
