package dev.policysim.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired permalinks now and then ({@code policysim.permalinks.purge-interval}, default one
 * hour). Several instances may purge at once: deleting what is already gone does nothing.
 */
@Component
class PermalinkPurge {

	private static final Logger logger = LoggerFactory.getLogger(PermalinkPurge.class);

	private final Permalinks permalinks;

	PermalinkPurge(Permalinks permalinks) {
		this.permalinks = permalinks;
	}

	@Scheduled(initialDelayString = "${policysim.permalinks.purge-interval:PT1H}",
			fixedDelayString = "${policysim.permalinks.purge-interval:PT1H}")
	void purge() {
		try {
			int purged = this.permalinks.purgeExpired();
			if (purged > 0) {
				logger.info("Purged {} expired permalinks", purged);
			}
		}
		catch (DataAccessException ex) {
			// another instance purged the same rows, or a save took up a content at that moment; next time
			logger.warn("Purging expired permalinks failed; trying again later: {}", ex.getMessage());
		}
	}

}
