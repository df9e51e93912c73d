package dev.policysim.store;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock the store stamps revisions, jobs and permalinks with (tests may replace it), and the
 * scheduler that purges expired permalinks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StoreConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		// PostgreSQL keeps microseconds; ticking in them makes a saved time read back unchanged
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}

}
