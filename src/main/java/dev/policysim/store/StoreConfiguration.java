package dev.policysim.store;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the store stamps revisions and jobs with; tests may replace it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		// PostgreSQL keeps microseconds; ticking in them makes a saved time read back unchanged
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
	}

}
